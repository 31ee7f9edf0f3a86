package org.isnad.bench;

import static org.isnad.bench.Figures.median;
import static org.isnad.bench.Figures.ms;
import static org.isnad.bench.Figures.note;
import static org.isnad.bench.Figures.print;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.isnad.agreement.AgreementReport;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.QuoteType;
import org.isnad.domain.SetKind;
import org.isnad.domain.SetState;
import org.isnad.domain.Span;
import org.isnad.domain.SpanAttributes;
import org.isnad.service.AgreementMeasurement;
import org.isnad.store.H2Store;

/**
 * agreement_100docs_ms: {@code isnad agreement --all} on 100 documents, each with three analysts' sets of 300
 * annotations (quotes linked to their speakers and cues), read from the database and measured for every pair and
 * layer, pooled and per document. The analysts mostly agree: one in five marks is moved by a character, one in
 * ten missing, so that every matching path and αu have real work.
 */
final class AgreementBench {
    static final int DOCUMENTS = 100;
    static final int ANALYSTS = 3;
    static final int ANNOTATIONS = 300;
    private static final String[] NAMES = {"salma", "omar", "huda"};

    private AgreementBench() {
    }

    /** Alone, without the harness's megabyte article: {@code java … org.isnad.bench.AgreementBench}. */
    public static void main(String[] args) throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("isnad-agreement-bench");
        note(Harness.machine());
        measure(dir.resolve("isnad"), BenchData.T0, 2, 5);
        note(Harness.machine());
        System.exit(0);
    }

    static void measure(Path base, Instant t0, int warmups, int runs) throws Exception {
        List<String> ids = new ArrayList<>();
        long built = System.nanoTime();
        try (H2Store store = H2Store.open(base)) {
            String text = BenchData.megabyteArticle().substring(0, 12_000);
            for (int d = 0; d < DOCUMENTS; d++) {
                String id = BenchData.id("agreement-doc", d);
                store.documents().add(BenchData.document(id, "وثيقة " + d, text + " " + d, t0.plusSeconds(d)));
                for (int a = 0; a < ANALYSTS; a++) {
                    storeSet(store, id, a, d, t0);
                }
                ids.add(id);
            }
        }
        note(String.format("agreement data stored in %.1f s", (System.nanoTime() - built) / 1e9));
        AgreementReport[] last = new AgreementReport[1];
        double[] times = Figures.time(warmups, runs, i -> {
            try (H2Store store = H2Store.open(base)) {
                long start = System.nanoTime();
                last[0] = new AgreementMeasurement(store).measureAll(List.of());
                return ms(System.nanoTime() - start);
            }
        });
        print("agreement_100docs_ms", median(times), "ms");
        note(String.format("agreement: %d documents, %d analysts, %d annotations each; %d pooled rows; QUOTE exact_f1 %s",
                DOCUMENTS, ANALYSTS, ANNOTATIONS, last[0].pairs().size(), last[0].pairs().stream()
                        .filter(p -> p.layer() == Layer.QUOTE).findFirst().orElseThrow().exactF1().value()));
    }

    /** 75 groups of speaker, cue, quote and claim, each 40 characters apart; the analyst varies some of them. */
    private static void storeSet(H2Store store, String docId, int analyst, int doc, Instant t0) {
        AnnotationSetInfo info = new AnnotationSetInfo(BenchData.id("agreement-set", doc * 10L + analyst), docId,
                NAMES[analyst], SetKind.ANALYST, SetState.IN_PROGRESS, t0);
        store.annotations().addSet(info);
        List<Span> spans = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int g = 0; g < ANNOTATIONS / 4; g++) {
            int at = g * 150;
            int shift = analyst > 0 && (g + analyst) % 5 == 0 ? 1 : 0;
            boolean missing = analyst > 0 && (g * 7 + analyst) % 10 == 0;
            String prefix = info.id() + "-" + g;
            Span speaker = new Span(prefix + "-s", Layer.SPEAKER, at, at + 12, null, null);
            Span cue = new Span(prefix + "-c", Layer.CUE, at + 14, at + 18 + shift, null, null);
            QuoteType type = (g + (shift * analyst)) % 3 == 0 ? QuoteType.INDIRECT : QuoteType.DIRECT;
            Span quote = new Span(prefix + "-q", Layer.QUOTE, at + 20 + shift, at + 90, null, new QuoteDetails(type, null));
            Span claim = new Span(prefix + "-k", Layer.CLAIM, at + 30, at + (missing ? 70 : 80), null,
                    SpanAttributes.initial(Layer.CLAIM));
            spans.addAll(List.of(speaker, cue, quote, claim));
            links.add(new Link(prefix + "-l1", LinkType.ATTRIBUTED_TO, quote.id(), speaker.id()));
            links.add(new Link(prefix + "-l2", LinkType.CUED_BY, quote.id(), cue.id()));
        }
        store.annotations().addSpans(info.id(), spans);
        store.annotations().addLinks(info.id(), links);
    }
}
