package org.isnad.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.isnad.domain.QuoteType;
import org.isnad.text.ArabicFolding;
import org.isnad.text.TextRange;

/**
 * Precision and recall of the suggestion engine against the hand-made gold set, for the articles
 * it was developed on and for the held-out ones. A suggested span matches a gold span when they
 * overlap by at least half of their union (exact matches included), one to one. A found quote has
 * the right speaker when its speaker mention overlaps the gold mention, or its actor name and the
 * gold actor name are the same words (one inside the other, after folding).
 * Run: {@code java -cp target/classes:target/test-classes:<jackson jars> org.isnad.suggest.Evaluation}
 * (the same table is printed by {@code mvn -o test -Dtest=EvaluationTest}).
 */
public final class Evaluation {

    static final double MATCH = 0.5;

    /** Matched / total on each side. */
    record Tally(int matchedFound, int found, int matchedGold, int gold) {
        double precision() {
            return found == 0 ? 1 : (double) matchedFound / found;
        }

        double recall() {
            return gold == 0 ? 1 : (double) matchedGold / gold;
        }

        Tally plus(Tally o) {
            return new Tally(matchedFound + o.matchedFound, found + o.found, matchedGold + o.matchedGold, gold + o.gold);
        }
    }

    /** The figures for one article or a group of them. */
    record Scores(Tally quotes, Tally direct, Tally indirect, Tally cues, int rightSpeaker, int foundQuotes,
                  int exactQuotes) {
        static final Scores NONE = new Scores(new Tally(0, 0, 0, 0), new Tally(0, 0, 0, 0), new Tally(0, 0, 0, 0),
                new Tally(0, 0, 0, 0), 0, 0, 0);

        double speakerAccuracy() {
            return foundQuotes == 0 ? 1 : (double) rightSpeaker / foundQuotes;
        }

        Scores plus(Scores o) {
            return new Scores(quotes.plus(o.quotes), direct.plus(o.direct), indirect.plus(o.indirect),
                    cues.plus(o.cues), rightSpeaker + o.rightSpeaker, foundQuotes + o.foundQuotes,
                    exactQuotes + o.exactQuotes);
        }
    }

    public static void main(String[] args) {
        System.out.print(report());
        System.out.print(timing());
    }

    static Scores score(List<String> names) {
        Scores total = Scores.NONE;
        for (String name : names) {
            if (!GoldSet.exists(name)) {
                continue; // not annotated (yet)
            }
            total = total.plus(score(GoldSet.load(name)));
        }
        return total;
    }

    static Scores score(GoldSet gold) {
        List<Suggestion> found = new QuoteSuggester().suggest(gold.text(), KnownActors.none());
        List<int[]> pairs = match(gold.quotes(), found, null);
        int right = 0;
        int exact = 0;
        for (int[] p : pairs) {
            if (gold.quotes().get(p[0]).quote().equals(found.get(p[1]).quote())) {
                exact++;
            }
            if (rightSpeaker(gold.quotes().get(p[0]), found.get(p[1]))) {
                right++;
            }
        }
        Tally quotes = tally(pairs.size(), found.size(), gold.quotes().size());
        Tally direct = typed(gold.quotes(), found, QuoteType.DIRECT);
        Tally indirect = typed(gold.quotes(), found, QuoteType.INDIRECT);
        List<TextRange> goldCues = distinct(gold.quotes().stream().map(GoldQuote::cue).toList());
        List<TextRange> foundCues = distinct(found.stream().map(s -> s.cue().orElse(null)).toList());
        int cueMatches = matchRanges(goldCues, foundCues).size();
        return new Scores(quotes, direct, indirect, tally(cueMatches, foundCues.size(), goldCues.size()),
                right, pairs.size(), exact);
    }

    private static Tally typed(List<GoldQuote> gold, List<Suggestion> found, QuoteType type) {
        List<GoldQuote> g = gold.stream().filter(q -> q.type().equalsIgnoreCase(type.name())).toList();
        List<Suggestion> f = found.stream().filter(s -> s.type() == type).toList();
        return tally(match(g, f, type).size(), f.size(), g.size());
    }

    private static Tally tally(int matched, int found, int gold) {
        return new Tally(matched, found, matched, gold);
    }

    /** One-to-one pairs (gold index, found index), best overlap first; a shared cue breaks ties between nested attributions. */
    static List<int[]> match(List<GoldQuote> gold, List<Suggestion> found, QuoteType type) {
        List<double[]> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int f = 0; f < found.size(); f++) {
                double overlap = overlap(gold.get(g).quote(), found.get(f).quote());
                if (overlap >= MATCH) {
                    TextRange cue = gold.get(g).cue();
                    boolean sameCue = cue != null && found.get(f).cue().map(c -> overlap(c, cue) >= MATCH).orElse(false);
                    candidates.add(new double[] {overlap + (sameCue ? 1 : 0), g, f});
                }
            }
        }
        return greedy(candidates);
    }

    static List<int[]> matchRanges(List<TextRange> gold, List<TextRange> found) {
        List<double[]> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int f = 0; f < found.size(); f++) {
                double overlap = overlap(gold.get(g), found.get(f));
                if (overlap >= MATCH) {
                    candidates.add(new double[] {overlap, g, f});
                }
            }
        }
        return greedy(candidates);
    }

    private static List<int[]> greedy(List<double[]> candidates) {
        candidates.sort(Comparator.comparingDouble((double[] c) -> -c[0]));
        java.util.Set<Integer> usedGold = new java.util.HashSet<>();
        java.util.Set<Integer> usedFound = new java.util.HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (double[] c : candidates) {
            int g = (int) c[1];
            int f = (int) c[2];
            if (usedGold.add(g)) {
                if (usedFound.add(f)) {
                    pairs.add(new int[] {g, f});
                } else {
                    usedGold.remove(g);
                }
            }
        }
        return pairs;
    }

    /** Shared characters over the union of both ranges. */
    static double overlap(TextRange a, TextRange b) {
        int inter = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
        if (inter <= 0) {
            return a.equals(b) ? 1 : 0;
        }
        int union = Math.max(a.end(), b.end()) - Math.min(a.start(), b.start());
        return (double) inter / union;
    }

    static boolean rightSpeaker(GoldQuote gold, Suggestion found) {
        if (gold.speaker() != null && found.speaker().map(s -> s.overlaps(gold.speaker())).orElse(false)) {
            return true;
        }
        return sameName(gold.actor(), found.actorName());
    }

    /** «مسؤولين أميركيين» and «لمسؤولين أميركيين»، «غروس» and «السويسري غروس» name the same speaker. */
    static boolean sameName(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String[] x = words(a);
        String[] y = words(b);
        return x.length <= y.length ? inside(x, y) : inside(y, x);
    }

    private static boolean inside(String[] small, String[] big) {
        for (int from = 0; from + small.length <= big.length; from++) {
            boolean all = true;
            for (int i = 0; i < small.length && all; i++) {
                String p = small[i];
                String q = big[from + i];
                all = p.equals(q) || (q.length() == p.length() + 1 && q.endsWith(p) && "لوبف".indexOf(q.charAt(0)) >= 0)
                        || (p.length() == q.length() + 1 && p.endsWith(q) && "لوبف".indexOf(p.charAt(0)) >= 0);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static String[] words(String name) {
        return ArabicFolding.foldQuery(name).replaceAll("[“”«»\"„‟]", " ").trim().split("\\s+");
    }

    private static List<TextRange> distinct(List<TextRange> ranges) {
        return ranges.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    static String report() {
        StringBuilder sb = new StringBuilder();
        sb.append("Suggestion engine against the gold set (match: overlap >= 50% of the union, one to one;\n"
                + "exact: matched quotes with exactly the gold span; speaker: share of matched quotes with the right speaker)\n");
        sb.append(String.format(Locale.ROOT, "%-32s %5s %5s | %5s %5s | %5s %5s | %5s %5s | %5s %5s %5s | %7s%n",
                "articles", "Q-P", "Q-R", "dir-P", "dir-R", "ind-P", "ind-R", "cue-P", "cue-R", "gold", "found", "exact",
                "speaker"));
        List<String> all = new ArrayList<>(GoldSet.DEVELOPMENT);
        all.addAll(GoldSet.HELD_OUT);
        for (String name : all) {
            sb.append(line("  " + name, score(List.of(name))));
        }
        sb.append(line("development (" + GoldSet.DEVELOPMENT.size() + " articles)", score(GoldSet.DEVELOPMENT)));
        sb.append(line("held out (" + GoldSet.HELD_OUT.size() + " articles)", score(GoldSet.HELD_OUT)));
        sb.append(line("all", score(all)));
        return sb.toString();
    }

    private static String line(String label, Scores s) {
        return String.format(Locale.ROOT, "%-32s %5.2f %5.2f | %5.2f %5.2f | %5.2f %5.2f | %5.2f %5.2f | %5d %5d %5d | %7.2f%n",
                label, s.quotes().precision(), s.quotes().recall(), s.direct().precision(), s.direct().recall(),
                s.indirect().precision(), s.indirect().recall(), s.cues().precision(), s.cues().recall(),
                s.quotes().gold(), s.quotes().found(), s.exactQuotes(), s.speakerAccuracy());
    }

    /** Time for a generated article of at least 1 MB (the samples repeated), after warming up. */
    static String timing() {
        StringBuilder text = new StringBuilder();
        List<String> all = new ArrayList<>(GoldSet.DEVELOPMENT);
        all.addAll(GoldSet.HELD_OUT);
        while (text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 1_000_000) {
            for (String name : all) {
                text.append(GoldSet.article(name)).append("\n\n");
            }
        }
        String article = text.toString();
        QuoteSuggester suggester = new QuoteSuggester();
        long cold = System.nanoTime();
        suggester.suggest(article, KnownActors.none());
        cold = System.nanoTime() - cold;
        for (int i = 0; i < 5; i++) {
            suggester.suggest(article, KnownActors.none());
        }
        long best = Long.MAX_VALUE;
        int count = 0;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            count = suggester.suggest(article, KnownActors.none()).size();
            best = Math.min(best, System.nanoTime() - t0);
        }
        int bytes = article.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        return String.format(Locale.ROOT, "%nTiming: %,d bytes (%,d UTF-16 units), %,d suggestions: %.1f ms (best of 5 after 5 warm-up runs), %.1f ms on the first, cold run%n",
                bytes, article.length(), count, best / 1e6, cold / 1e6);
    }
}
