package org.isnad.bench;

import static org.isnad.bench.Figures.median;
import static org.isnad.bench.Figures.note;
import static org.isnad.bench.Figures.percentile;
import static org.isnad.bench.Figures.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.ClaimStance;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.domain.Stance;
import org.isnad.search.LuceneClaimMatchIndex;
import org.isnad.service.ClaimMatching;
import org.isnad.service.ClaimRecords;
import org.isnad.store.H2Store;

/**
 * Issue 17's figures on the search bench's corpus of 20,000 documents, with 50,000 claim spans (2 or 3 per
 * document: stretches of eight words of its sample text) linked to about 16,300 claim records (a few with
 * hundreds of appearances, most with one to five: {@link #appearanceCounts}): {@code claim_match_ms}, the p95 of proposing records
 * for a newly marked claim (the match index rebuilt first), and {@code claims_view_open_ms}, the median of
 * opening the claims view (every record with its counts) and one record's page (appearances, contradictions).
 */
final class ClaimsBench {
    static final int CLAIM_SPANS = 50_000;

    private ClaimsBench() {
    }

    /** Runs this phase alone, without the harness's shared data: {@code java … org.isnad.bench.ClaimsBench [--quick]}. */
    public static void main(String[] args) throws Exception {
        measure(java.util.Arrays.asList(args).contains("--quick"));
    }

    static void measure(boolean quick) throws Exception {
        Path dir = Files.createTempDirectory("isnad-claims-bench");
        long t = System.nanoTime();
        try (H2Store store = H2Store.open(dir.resolve("isnad"))) {
            SearchBench.storeCorpus(store, BenchData.actors());
            List<String> claimTexts = storeClaims(store);
            note(String.format("claims corpus: %,d documents, %,d claim spans, %,d claim records, stored in %.1f s",
                    SearchBench.DOCUMENTS, CLAIM_SPANS, store.claims().summaries().size(), (System.nanoTime() - t) / 1e9));
            try (ClaimMatching matching = new ClaimMatching(store, new LuceneClaimMatchIndex())) {
                long build = System.nanoTime();
                int records = matching.rebuild();
                note(String.format("claim match index: %,d records rebuilt in %.1f s", records, (System.nanoTime() - build) / 1e9));
                match(matching, claimTexts, quick);
            }
            view(store, quick);
        } finally {
            // the corpus takes about 5.5 GB: left behind, a few runs fill the disk
            try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void match(ClaimMatching matching, List<String> claimTexts, boolean quick) {
        List<Double> times = new ArrayList<>();
        int runs = quick ? 40 : 200;
        int found = 0;
        for (int i = 0; i < 20 + runs; i++) {
            // a new claim in other words: one word left out and one added
            String text = claimTexts.get((i * 37) % claimTexts.size());
            String variant = text.substring(text.indexOf(' ') + 1) + " بحسب المصادر";
            long s = System.nanoTime();
            int n = matching.propose(variant, 5).size();
            if (i >= 20) {
                times.add((System.nanoTime() - s) / 1e6);
                found += n > 0 ? 1 : 0;
            }
        }
        double[] all = times.stream().mapToDouble(Double::doubleValue).toArray();
        print("claim_match_ms", percentile(all, 95), "ms");
        note(String.format("claim match: %d proposals (p95), median %.1f ms, %d of %d found a record", all.length, median(all),
                found, all.length));
    }

    private static void view(H2Store store, boolean quick) {
        ClaimRecords records = new ClaimRecords(store, Clock.systemUTC());
        int runs = quick ? 3 : 10;
        double[] list = new double[runs];
        double[] page = new double[runs];
        String first = null;
        for (int i = 0; i < runs + 1; i++) {
            // a write between opens, so that H2 cannot answer from its query cache
            String tick = String.valueOf(i);
            store.transactions().run(() -> store.claims().putSetting("bench.tick", tick));
            long s = System.nanoTime();
            var summaries = records.list();
            double listMs = (System.nanoTime() - s) / 1e6;
            first = summaries.get(i % summaries.size()).record().id();
            s = System.nanoTime();
            records.appearances(first);
            records.contradictions(first);
            double pageMs = (System.nanoTime() - s) / 1e6;
            if (i > 0) {
                list[i - 1] = listMs;
                page[i - 1] = pageMs;
            }
        }
        print("claims_view_open_ms", median(list), "ms");
        note(String.format("claims view: the list of records with counts, median %.0f ms; a record's page (about %d appearances), median %.0f ms",
                median(list), records.appearances(first).size(), median(page)));
    }

    /**
     * 2 or 3 claim spans per document, linked to records the way a real corpus spreads its claims: a few
     * records gather hundreds of appearances, some dozens, most only one to five ({@link #appearanceCounts}),
     * a record's appearances scattered over the corpus (shuffled with a fixed seed). A record's statement is
     * the text of its first span with the record's number, so that records made of the same stretch differ
     * (as "1500 schools" and "300 schools" do). Returns the records' statements.
     */
    private static List<String> storeClaims(H2Store store) {
        String[] texts = new String[BenchData.SAMPLES.length];
        List<List<int[]>> stretches = new ArrayList<>();
        for (int k = 0; k < texts.length; k++) {
            texts[k] = BenchData.sample(BenchData.SAMPLES[k]);
            stretches.add(stretchesOf(texts[k]));
        }
        List<Integer> recordOfSpan = new ArrayList<>(CLAIM_SPANS);
        List<Integer> counts = appearanceCounts();
        for (int r = 0; r < counts.size(); r++) {
            for (int n = 0; n < counts.get(r); n++) {
                recordOfSpan.add(r);
            }
        }
        java.util.Collections.shuffle(recordOfSpan, new java.util.Random(17));
        Map<Integer, String> recordIds = new HashMap<>();
        List<String> statements = new ArrayList<>();
        int[] made = {0};
        for (int from = 0; from < SearchBench.DOCUMENTS; from += 1000) {
            int firstDoc = from;
            store.transactions().run(() -> {
                for (int d = firstDoc; d < firstDoc + 1000 && made[0] < CLAIM_SPANS; d++) {
                    int k = d % texts.length;
                    List<int[]> list = stretches.get(k);
                    int count = Math.min(d % 2 == 0 ? 2 : 3, CLAIM_SPANS - made[0]);
                    List<Span> spans = new ArrayList<>();
                    List<ClaimStance> stances = new ArrayList<>();
                    for (int j = 0; j < count; j++) {
                        int p = (d / texts.length + j * 7) % list.size();
                        int[] at = list.get(p);
                        Span span = new Span(BenchData.id("claim-span", (long) d * 4 + j), Layer.CLAIM, at[0], at[1], null,
                                ClaimDetails.empty());
                        spans.add(span);
                        int record = recordOfSpan.get(made[0] + j);
                        String claimId = recordIds.get(record);
                        if (claimId == null) {
                            String statement = texts[k].substring(at[0], at[1]) + " " + (record + 1);
                            ClaimRecord r = new ClaimRecord(BenchData.id("claim-record", record), statement, null,
                                    BenchData.T0, BenchData.ANALYST);
                            store.claims().add(r);
                            recordIds.put(record, r.id());
                            statements.add(statement);
                            claimId = r.id();
                        }
                        stances.add(new ClaimStance(claimId, span.id(), (d + j) % 4 == 3 ? Stance.DENIES : Stance.ASSERTS));
                    }
                    store.annotations().addSpans(BenchData.id("search-set", d), spans);
                    stances.forEach(store.claims()::addStance);
                    made[0] += count;
                }
            });
        }
        return statements;
    }

    /**
     * How many appearances each record has, {@link #CLAIM_SPANS} in all: 20 records with 150 to 435, 200 with
     * 20 to 39, and the rest (about 16,100) with 1 to 5, most with one or two.
     */
    static List<Integer> appearanceCounts() {
        List<Integer> counts = new ArrayList<>();
        int left = CLAIM_SPANS;
        for (int r = 0; r < 20; r++) {
            counts.add(150 + 15 * r);
            left -= 150 + 15 * r;
        }
        for (int r = 0; r < 200; r++) {
            counts.add(20 + r % 20);
            left -= 20 + r % 20;
        }
        int[] few = {1, 1, 1, 2, 2, 3, 4, 5};
        for (int r = 0; left > 0; r++) {
            int n = Math.min(few[r % few.length], left);
            counts.add(n);
            left -= n;
        }
        return counts;
    }

    /** Stretches of eight words, one after the other, within a paragraph. */
    private static List<int[]> stretchesOf(String text) {
        List<int[]> list = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int words = 0;
            while (end < text.length() && words < 8) {
                int space = text.indexOf(' ', end + 1);
                int line = text.indexOf('\n', end + 1);
                int next = space < 0 ? text.length() : space;
                if (line >= 0 && line < next) {
                    next = line;
                }
                end = next;
                words++;
            }
            String piece = text.substring(start, end);
            if (words == 8 && !piece.contains("\n") && !piece.isBlank()) {
                int s = start;
                while (s < end && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                list.add(new int[] {s, end});
            }
            start = end + 1;
        }
        return list;
    }
}
