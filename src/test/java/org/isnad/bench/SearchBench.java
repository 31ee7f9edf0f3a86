package org.isnad.bench;

import static org.isnad.bench.Figures.note;
import static org.isnad.bench.Figures.percentile;
import static org.isnad.bench.Figures.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Document;
import org.isnad.domain.Layer;
import org.isnad.domain.SetKind;
import org.isnad.domain.SetState;
import org.isnad.search.LuceneSearchIndex;
import org.isnad.service.AnnotationSession;
import org.isnad.service.CorpusSearch;
import org.isnad.service.SearchQuery;
import org.isnad.store.H2Store;

/**
 * Issue 12's search figures on a generated corpus of 20,000 documents with about 200,000 annotations
 * (the sample articles, each numbered, with outlets and dates): {@code index_build_s} (a rebuild
 * from the database), {@code search_p95_ms} (word, phrase and filtered queries, a page of 100 hits
 * and the total) and {@code index_update_after_edit_ms} (from an edit's commit until the index holds it).
 */
final class SearchBench {
    static final int DOCUMENTS = 20_000;
    private static final String[] OUTLETS = {"الحرة", "الشرق الأوسط", "سبق", "عكاظ", "الاقتصادية"};

    private SearchBench() {
    }

    static void measure(Path dir, boolean quick) throws Exception {
        Files.createDirectories(dir);
        long t = System.nanoTime();
        int annotations;
        try (H2Store store = H2Store.open(dir.resolve("isnad"))) {
            annotations = storeCorpus(store, BenchData.actors());
            note(String.format("search corpus: %,d documents, %,d annotations, stored in %.1f s", DOCUMENTS, annotations,
                    (System.nanoTime() - t) / 1e9));
            long build = System.nanoTime();
            try (CorpusSearch search = CorpusSearch.open(store, LuceneSearchIndex.open(LuceneSearchIndex.folderBeside(store.location())))) {
                print("index_build_s", (System.nanoTime() - build) / 1e9, "s");
                searches(search, quick);
                updates(store, search, quick);
            }
        }
    }

    private static void searches(CorpusSearch search, boolean quick) {
        List<SearchQuery> queries = List.of(
                SearchQuery.of("الانسحاب"),
                SearchQuery.of("الطاقة"),
                SearchQuery.of("\"الطاقة الشمسية\""),
                SearchQuery.of("\"القوات العراقية\""),
                SearchQuery.of("الامن").withLayer(Layer.QUOTE),
                new SearchQuery("النفط", null, null, "الاقتصادية", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30),
                        SetState.APPROVED.name(), null, null));
        int runs = quick ? 5 : 20;
        List<Double> times = new ArrayList<>();
        List<Double> cpuTimes = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 3 + runs; round++) {
            for (SearchQuery query : queries) {
                long cpu = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                search.search(query, 0, 100);
                if (round >= 3) {
                    times.add((System.nanoTime() - t) / 1e6);
                    cpuTimes.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
                }
            }
        }
        double[] all = times.stream().mapToDouble(Double::doubleValue).toArray();
        print("search_p95_ms", percentile(all, 95), "ms");
        double[] cpus = cpuTimes.stream().mapToDouble(Double::doubleValue).toArray();
        note(String.format("search: CPU time of the searching thread, p95 %.1f ms, median %.1f ms (a loaded machine inflates "
                + "wall time, not this)", percentile(cpus, 95), Figures.median(cpus)));
        note(String.format("search: %d queries (words, phrases, a layer, outlet+dates+state), median %.1f ms; \"الطاقة\" has %,d hits",
                all.length, Figures.median(all), search.search(SearchQuery.of("الطاقة"), 0, 1).total()));
    }

    private static void updates(H2Store store, CorpusSearch search, boolean quick) {
        // a document whose set is still in progress: an approved set is read-only and refuses the edit
        int d = 7;
        while (SetState.values()[d % SetState.values().length] != SetState.IN_PROGRESS) {
            d++;
        }
        String doc = BenchData.id("search-document", d);
        AnnotationSession session = AnnotationSession.open(store, doc, BenchData.ANALYST, Clock.systemUTC());
        String text = session.document().text();
        int runs = quick ? 5 : 20;
        double[] times = new double[runs];
        int at = 0;
        for (int i = 0; i < runs; i++) {
            at = text.indexOf(' ', at + 40) + 1;
            int end = text.indexOf(' ', at + 10);
            long t = System.nanoTime();
            session.mark(Layer.CUE, at, end);
            search.awaitCaughtUp();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        print("index_update_after_edit_ms", Figures.median(times), "ms");
    }

    /** 20,000 numbered copies of the samples, one annotation set each of 8 or 12 annotations (200,000 in all). */
    static int storeCorpus(H2Store store, List<Actor> actors) {
        String[] texts = new String[BenchData.SAMPLES.length];
        BenchData.Words[] words = new BenchData.Words[BenchData.SAMPLES.length];
        int[] count = {0};
        store.transactions().run(() -> actors.forEach(store.actors()::add));
        for (int from = 0; from < DOCUMENTS; from += 1000) {
            int first = from;
            store.transactions().run(() -> {
                for (int d = first; d < first + 1000; d++) {
                    int k = d % BenchData.SAMPLES.length;
                    if (texts[k] == null) {
                        texts[k] = BenchData.sample(BenchData.SAMPLES[k]);
                        words[k] = BenchData.Words.of(texts[k]);
                    }
                    String text = texts[k] + "\n\nنسخة القياس رقم " + d;
                    String docId = BenchData.id("search-document", d);
                    Document plain = BenchData.document(docId, "خبر رقم " + d, text, BenchData.T0.plusSeconds(d));
                    store.documents().add(new Document(plain.id(), plain.title(), null, OUTLETS[d % OUTLETS.length],
                            LocalDate.of(2025, 1, 1).plusDays(d % 365), plain.language(), text, plain.sha256(), plain.importedAt()));
                    store.changes().documentChanged(docId);
                    String setId = BenchData.id("search-set", d);
                    store.annotations().addSet(new AnnotationSetInfo(setId, docId, BenchData.ANALYST, SetKind.ANALYST,
                            SetState.values()[d % SetState.values().length], BenchData.T0));
                    BenchData.Content c = BenchData.annotations(text, words[k], d % 2 == 0 ? 2 : 3, 1, actors, "s-" + d + "-");
                    store.annotations().addSpans(setId, c.spans());
                    store.annotations().addLinks(setId, c.links());
                    count[0] += c.spans().size();
                }
            });
        }
        return count[0];
    }
}
