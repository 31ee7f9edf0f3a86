package org.isnad.suggest.evaluation;

import java.util.List;
import java.util.Objects;
import org.isnad.domain.Layer;
import org.isnad.domain.QuoteType;
import org.isnad.suggest.KnownActors;
import org.isnad.suggest.QuoteSuggester;
import org.isnad.suggest.Suggestion;
import org.isnad.text.ArabicFolding;
import org.isnad.text.TextRange;

/**
 * Runs the suggestion engine on a gold article and scores it. Quotes, quote types, cues and claims:
 * precision, recall and F1, a found span matching a gold one when they share at least half of the
 * longer span (one to one); quotes also exactly. Speaker accuracy: among the found quotes matched to a
 * gold quote, the share whose speaker mention overlaps the gold mention or whose actor has the gold
 * actor's name (one name's folded words inside the other's, «غروس» in «كريستيان غروس»). Claims are
 * scored only on articles with at least one gold claim (older gold may have none marked).
 */
public final class SuggestionEvaluation {
    private final QuoteSuggester engine = new QuoteSuggester();

    public Scores score(GoldArticle gold) {
        return score(gold, engine.suggest(gold.text(), KnownActors.none()));
    }

    public Scores score(List<GoldArticle> golds) {
        Scores total = Scores.NONE;
        for (GoldArticle g : golds) {
            total = total.plus(score(g));
        }
        return total;
    }

    static Scores score(GoldArticle gold, List<Suggestion> suggestions) {
        List<Suggestion> found = suggestions.stream().filter(s -> s.layer() == Layer.QUOTE).toList();
        List<TextRange> goldQuotes = gold.quotes().stream().map(GoldArticle.Quote::span).toList();
        List<TextRange> foundQuotes = found.stream().map(Suggestion::quote).toList();
        // an outlet and the source it cites share one span: pair each with the found quote that names it
        List<int[]> pairs = SpanMatch.pairs(goldQuotes, foundQuotes, false,
                (g, f) -> rightSpeaker(gold.quotes().get(g), found.get(f)));
        int right = 0;
        for (int[] p : pairs) {
            if (rightSpeaker(gold.quotes().get(p[0]), found.get(p[1]))) {
                right++;
            }
        }
        List<TextRange> goldCues = gold.quotes().stream().map(GoldArticle.Quote::cue).filter(Objects::nonNull).distinct().toList();
        List<TextRange> foundCues = found.stream().map(s -> s.cue().orElse(null)).filter(Objects::nonNull).distinct().toList();
        Figure claims = Figure.NONE;
        if (!gold.claims().isEmpty()) {
            claims = SpanMatch.figure(gold.claims().stream().map(GoldArticle.Claim::span).toList(),
                    suggestions.stream().filter(s -> s.layer() == Layer.CLAIM).map(Suggestion::quote).toList(), false);
        }
        return new Scores(1, SpanMatch.figure(goldQuotes, foundQuotes, true),
                new Figure(pairs.size(), foundQuotes.size(), goldQuotes.size()),
                typed(gold, found, QuoteType.DIRECT), typed(gold, found, QuoteType.INDIRECT), typed(gold, found, QuoteType.MIXED),
                SpanMatch.figure(goldCues, foundCues, false), right, claims);
    }

    private static Figure typed(GoldArticle gold, List<Suggestion> found, QuoteType type) {
        return SpanMatch.figure(gold.quotes().stream().filter(q -> q.type() == type).map(GoldArticle.Quote::span).toList(),
                found.stream().filter(s -> s.type() == type).map(Suggestion::quote).toList(), false);
    }

    static boolean rightSpeaker(GoldArticle.Quote gold, Suggestion found) {
        if (gold.speaker() != null && found.speaker().map(s -> s.overlaps(gold.speaker())).orElse(false)) {
            return true;
        }
        return sameName(gold.actor(), found.actorName());
    }

    /** «مسؤولين أميركيين» and «لمسؤولين أميركيين»، «غروس» and «السويسري غروس» name the same speaker. */
    static boolean sameName(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
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
                all = sameWord(small[i], big[from + i]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameWord(String p, String q) {
        return p.equals(q) || (q.length() == p.length() + 1 && q.endsWith(p) && "لوبف".indexOf(q.charAt(0)) >= 0)
                || (p.length() == q.length() + 1 && p.endsWith(q) && "لوبف".indexOf(p.charAt(0)) >= 0);
    }

    private static String[] words(String name) {
        return ArabicFolding.foldQuery(name).replaceAll("[“”«»\"„‟]", " ").trim().split("\\s+");
    }
}
