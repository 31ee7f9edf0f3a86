package org.isnad.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Document;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.SetState;
import org.isnad.domain.Span;

/**
 * Prints figures; not a test. After {@code mvn -q test-compile}:
 * {@code java -cp target/classes:target/test-classes:<h2 jar> org.isnad.store.StoreBenchmark [commits]}
 */
public final class StoreBenchmark {
    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int commits = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path dir = Files.createTempDirectory("isnad-bench");
        try {
            singleCommits(dir.resolve("nosync"), commits, false);
            singleCommits(dir.resolve("sync"), commits / 4, true);
            summariesAndLoads(dir.resolve("big"));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** One user action = one span added and committed, as the editor does. */
    private static void singleCommits(Path folder, int n, boolean sync) throws Exception {
        Path base = folder.resolve("isnad");
        Path file = folder.resolve("isnad.mv.db");
        long openSize;
        long start;
        try (H2Store store = H2Store.open(base, sync)) {
            Document doc = Samples.document("التحالف", Samples.alhurraArticle(), Samples.T0);
            store.documents().add(doc);
            AnnotationSetInfo set = Samples.set(doc.id(), "analyst", SetState.IN_PROGRESS, Samples.T0);
            store.annotations().addSet(set);
            start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                store.annotations().addSpan(set.id(), Span.mark(Layer.CUE, i % 5000, i % 5000 + 3));
            }
            openSize = Files.size(file);
        }
        double perCommit = (System.nanoTime() - start) / 1e6 / n;
        System.out.printf("%s: %d single-span commits, %.3f ms each; file %,d bytes while open, %,d after close%n",
                sync ? "WRITE_DELAY=0 + CHECKPOINT SYNC" : "WRITE_DELAY=0", n, perCommit, openSize, Files.size(file));
    }

    private static void summariesAndLoads(Path folder) {
        try (H2Store store = H2Store.open(folder.resolve("isnad"))) {
            String text = Samples.alhurraArticle();
            List<String> setIds = new ArrayList<>();
            store.transactions().run(() -> {
                for (int i = 0; i < 2000; i++) {
                    Document d = Samples.document("خبر " + i, text + i, Instant.ofEpochMilli(1_700_000_000_000L + i));
                    store.documents().add(d);
                    AnnotationSetInfo set = Samples.set(d.id(), "analyst", SetState.values()[i % 4], Samples.T0);
                    store.annotations().addSet(set);
                    setIds.add(set.id());
                    for (int k = 0; k < 20; k++) {
                        store.annotations().addSpan(set.id(), Span.mark(Layer.values()[k % 4], k * 10, k * 10 + 5));
                    }
                }
            });
            AnnotationSetInfo big = Samples.set(store.documents().summaries().get(0).id(), "curator", SetState.SUBMITTED, Samples.T0);
            long loadStart = System.nanoTime();
            store.transactions().run(() -> {
                store.annotations().addSet(big);
                List<Span> quotes = new ArrayList<>();
                List<Span> speakers = new ArrayList<>();
                for (int i = 0; i < 10_000; i++) {
                    Span s = Span.mark(i % 2 == 0 ? Layer.QUOTE : Layer.SPEAKER, i % 5000, i % 5000 + 7);
                    store.annotations().addSpan(big.id(), s);
                    (i % 2 == 0 ? quotes : speakers).add(s);
                }
                for (int i = 0; i < 3000; i++) {
                    store.annotations().addLink(big.id(), Link.of(LinkType.ATTRIBUTED_TO, quotes.get(i).id(), speakers.get(i).id()));
                }
            });
            System.out.printf("writing 10,000 spans + 3,000 links in one transaction: %.0f ms%n", (System.nanoTime() - loadStart) / 1e6);
            for (int round = 0; round < 5; round++) {
                long t0 = System.nanoTime();
                int docs = store.documents().summaries().size();
                long t1 = System.nanoTime();
                int spans = store.annotations().spansOf(big.id()).size();
                long t2 = System.nanoTime();
                int links = store.annotations().linksOf(big.id()).size();
                long t3 = System.nanoTime();
                System.out.printf("round %d: summaries of %d documents %.1f ms; %d spans %.1f ms; %d links %.1f ms%n",
                        round, docs, (t1 - t0) / 1e6, spans, (t2 - t1) / 1e6, links, (t3 - t2) / 1e6);
            }
        }
    }
}
