package org.isnad.bench;

import static org.isnad.bench.Figures.median;
import static org.isnad.bench.Figures.ms;
import static org.isnad.bench.Figures.note;
import static org.isnad.bench.Figures.print;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Link;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.QuoteType;
import org.isnad.domain.SetKind;
import org.isnad.domain.SetState;
import org.isnad.domain.Span;
import org.isnad.service.CurationSession;
import org.isnad.service.CurationTally;
import org.isnad.service.Workspace;
import org.isnad.store.H2Store;

/**
 * curation_open_ms: opening the curation of the megabyte article on a database opened afresh, with three analysts'
 * sets of 10,000 annotations (2,500 groups of speaker, cue, quote and claim with their links), and cutting it into
 * units with their states: what curation mode does before it draws. Analyst 2 left out one group in ten, analyst 3
 * gave one quote in seven the other quote type, so that every kind of unit is there. The curation is begun (and
 * the agreed units merged) once beforehand; that first opening is noted, not the figure.
 */
final class CurationBench {
    static final int GROUPS = 2_500;
    private static final String[] NAMES = {"salma", "omar", "huda"};

    private CurationBench() {
    }

    /** Alone: {@code java … org.isnad.bench.CurationBench}. */
    public static void main(String[] args) throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("isnad-curation-bench");
        note(Harness.machine());
        measure(dir.resolve("isnad"), 1, 5);
        note(Harness.machine());
        System.exit(0);
    }

    static void measure(Path base, int warmups, int runs) throws Exception {
        String text = BenchData.megabyteArticle();
        String documentId = BenchData.id("curation-doc", 0);
        try (H2Store store = H2Store.open(base)) {
            BenchData.Words words = BenchData.Words.of(text);
            List<Actor> actors = BenchData.actors();
            store.transactions().run(() -> {
                actors.forEach(store.actors()::add);
                store.documents().add(BenchData.document(documentId, "مقال طويل للتنقيح", text, BenchData.T0));
                for (int a = 0; a < NAMES.length; a++) {
                    BenchData.Content c = BenchData.annotations(text, words, GROUPS, GROUPS, actors, "curation-" + a + "-");
                    AnnotationSetInfo info = new AnnotationSetInfo(BenchData.id("curation-set", a), documentId, NAMES[a],
                            SetKind.ANALYST, SetState.IN_PROGRESS, BenchData.T0);
                    store.annotations().addSet(info);
                    List<Span> spans = varied(c.spans(), a);
                    Set<String> kept = new HashSet<>();
                    spans.forEach(s -> kept.add(s.id()));
                    store.annotations().addSpans(info.id(), spans);
                    store.annotations().addLinks(info.id(), c.links().stream()
                            .filter(l -> kept.contains(l.fromSpanId()) && kept.contains(l.toSpanId())).toList());
                }
            });
            long begun = System.nanoTime();
            CurationSession first = new Workspace(store, Clock.systemUTC()).curation().open(documentId, "rania");
            note(String.format("curation begun (units cut, %d agreed units merged, stored) in %.0f ms",
                    first.autoMerged(), ms(System.nanoTime() - begun)));
        }
        CurationTally[] last = new CurationTally[1];
        double[] times = Figures.time(warmups, runs, i -> {
            try (H2Store store = H2Store.open(base)) {
                long start = System.nanoTime();
                CurationSession session = new Workspace(store, Clock.systemUTC()).curation().open(documentId, "rania");
                last[0] = session.tally();
                return ms(System.nanoTime() - start);
            }
        });
        print("curation_open_ms", median(times), "ms");
        note("curation: " + last[0]);
    }

    /** Analyst 2 (a = 1) leaves out one group in ten; analyst 3 (a = 2) types one quote in seven the other way. */
    private static List<Span> varied(List<Span> spans, int a) {
        List<Span> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            int group = i / 4;
            if (a == 1 && group % 10 == 3) {
                continue;
            }
            if (a == 2 && group % 7 == 2 && s.attributes() instanceof QuoteDetails q) {
                s = s.withAttributes(q.withType(q.type() == QuoteType.DIRECT ? QuoteType.INDIRECT : QuoteType.DIRECT));
            }
            out.add(s);
        }
        return out;
    }
}
