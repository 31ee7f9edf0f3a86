package org.isnad.bench;

import static org.isnad.bench.Figures.median;
import static org.isnad.bench.Figures.ms;
import static org.isnad.bench.Figures.note;
import static org.isnad.bench.Figures.print;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.isnad.bundle.BundleInterchange;
import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Document;
import org.isnad.domain.Link;
import org.isnad.domain.Span;
import org.isnad.service.ExportRequest;
import org.isnad.service.InterchangeFormat;
import org.isnad.service.Progress;
import org.isnad.service.Repositories;

/**
 * {@code export_vs_zip_baseline_ratio} and, for reference, {@code export_vs_jackson_ratio}: the
 * article exported as a {@code .isnad} bundle, against the same entries written directly into a zip
 * ({@link ZipBaseline}), and against plain Jackson writing the same data to a byte array (less work
 * than a bundle: no text, no offsets in code points, no hashes, no zip).
 */
final class ExportFigures {
    /** The data of the article as plain records, for plain Jackson. */
    record PlainDocument(String id, String title, String sourceUrl, String outlet, String publishedDate, String language,
                         String sha256, String importedAt, String text) {
    }

    record PlainExport(PlainDocument document, AnnotationSetInfoJson set, List<Span> spans, List<Link> links, List<Actor> actors) {
    }

    record AnnotationSetInfoJson(String id, String documentId, String annotator, String kind, String state, String createdAt) {
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ExportFigures() {
    }

    /** Measures and prints the figures; returns the exported bundle (the import figure reads it). */
    static Path measure(Repositories work, String documentId, Path dir, Clock clock, int runs) throws Exception {
        BundleInterchange interchange = new BundleInterchange(() -> work, clock);
        ObjectMapper jackson = new ObjectMapper();
        Path out = dir.resolve("article.isnad");
        Path baselineOut = dir.resolve("baseline.isnad");
        int warmups = 3;
        double[] bundle = new double[runs];
        double[] baseline = new double[runs];
        double[] plain = new double[runs];
        double[] load = new double[runs];
        double[] bundleCpu = new double[runs];
        double[] baselineCpu = new double[runs];
        long[] sizes = new long[3];
        Map<String, byte[]> baselineEntries = null;
        for (int r = 0; r < warmups + runs; r++) {
            // wall time and this thread's CPU time (the export runs on the calling thread, H2 and deflate included)
            double[] times = new double[4];
            // the bundle and its baseline take turns going first, so that neither always runs on a warmer machine
            if (r % 2 == 0) {
                exportBundle(interchange, documentId, out, times);
                baselineEntries = timeBaseline(work, documentId, clock, baselineOut, times);
            } else {
                baselineEntries = timeBaseline(work, documentId, clock, baselineOut, times);
                exportBundle(interchange, documentId, out, times);
            }
            long t1 = System.nanoTime();
            Document d = work.documents().find(documentId).orElseThrow();
            AnnotationSetInfo info = work.annotations().setsOf(d.id()).get(0);
            List<Span> spans = work.annotations().spansOf(info.id());
            List<Link> links = work.annotations().linksOf(info.id());
            List<Actor> actors = work.actors().all();
            long t2 = System.nanoTime();
            byte[] json = jackson.writeValueAsBytes(new PlainExport(
                    new PlainDocument(d.id(), d.title(), d.sourceUrl(), d.outlet(), String.valueOf(d.publishedDate()), d.language(),
                            d.sha256(), d.importedAt().toString(), d.text()),
                    new AnnotationSetInfoJson(info.id(), info.documentId(), info.annotator(), info.kind().name(),
                            info.state().name(), info.createdAt().toString()),
                    spans, links, actors));
            long t3 = System.nanoTime();
            if (r >= warmups) {
                bundle[r - warmups] = times[0];
                baseline[r - warmups] = times[1];
                bundleCpu[r - warmups] = times[2];
                baselineCpu[r - warmups] = times[3];
                plain[r - warmups] = ms(t3 - t1);
                load[r - warmups] = ms(t2 - t1);
            }
            sizes[0] = Files.size(out);
            sizes[1] = Files.size(baselineOut);
            sizes[2] = json.length;
        }
        ZipBaseline.sameEntriesAs(baselineEntries, out);
        double a = median(bundle);
        print("export_vs_zip_baseline_ratio", a / median(baseline), "x");
        print("export_bundle_ms", a, "ms");
        print("export_zip_baseline_ms", median(baseline), "ms");
        print("export_vs_jackson_ratio", a / median(plain), "x");
        print("export_jackson_ms", median(plain), "ms");
        print("export_jackson_read_part_ms", median(load), "ms");
        note(String.format(java.util.Locale.ROOT, "CPU time of the exporting thread (medians): bundle %.0f ms, baseline %.0f ms, ratio %.2f",
                median(bundleCpu), median(baselineCpu), median(bundleCpu) / median(baselineCpu)));
        note(String.format("bundle %,d bytes; baseline zip %,d bytes (the same entries, byte for byte); plain JSON %,d bytes",
                sizes[0], sizes[1], sizes[2]));
        return out;
    }

    private static void exportBundle(BundleInterchange interchange, String documentId, Path out, double[] times) {
        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        interchange.export(new ExportRequest(List.of(documentId), InterchangeFormat.ISNAD, out, false, BenchData.ANALYST),
                Progress.none());
        times[0] = ms(System.nanoTime() - t0);
        times[2] = ms(CPU.getCurrentThreadCpuTime() - c0);
    }

    private static Map<String, byte[]> timeBaseline(Repositories work, String documentId, Clock clock, Path out, double[] times)
            throws Exception {
        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Map<String, byte[]> entries = ZipBaseline.export(work, documentId, BenchData.ANALYST, clock.instant(), out);
        times[1] = ms(System.nanoTime() - t0);
        times[3] = ms(CPU.getCurrentThreadCpuTime() - c0);
        return entries;
    }
}
