package org.isnad.suggest.evaluation;

import java.nio.file.Path;
import java.util.List;
import org.isnad.suggest.KnownActors;
import org.isnad.suggest.QuoteSuggester;
import org.isnad.suggest.Suggestion;

/**
 * For the one tuning on the development gold: prints, per article, the gold quotes and claims and the
 * suggestions side by side, with what matched. Run: {@code java -cp … org.isnad.suggest.evaluation.GoldDiff src/test/resources/gold/dev}.
 */
public final class GoldDiff {
    public static void main(String[] args) {
        for (GoldArticle a : GoldFolder.read(Path.of(args[0]))) {
            if (args.length > 1 && !a.name().contains(args[1])) {
                continue;
            }
            String t = a.text();
            List<Suggestion> found = new QuoteSuggester().suggest(t, KnownActors.none());
            System.out.println("=== " + a.name());
            for (GoldArticle.Quote q : a.quotes()) {
                Suggestion m = found.stream().filter(s -> s.layer() == org.isnad.domain.Layer.QUOTE
                        && SpanMatch.overlapping(s.quote(), q.span())).findFirst().orElse(null);
                System.out.println((m == null ? "MISS " : m.type() == q.type() ? "ok   " : "TYPE ") + q.type() + " [" + q.actor() + "] "
                        + cut(t.substring(q.span().start(), q.span().end()))
                        + (m == null ? "" : "  => " + m.type() + " [" + m.actorName() + "]"
                        + (SuggestionEvaluation.rightSpeaker(q, m) ? "" : " WRONG SPEAKER")));
            }
            for (Suggestion s : found) {
                boolean matched = s.layer() == org.isnad.domain.Layer.QUOTE
                        ? a.quotes().stream().anyMatch(q -> SpanMatch.overlapping(s.quote(), q.span()))
                        : a.claims().stream().anyMatch(c -> SpanMatch.overlapping(s.quote(), c.span()));
                if (!matched) {
                    System.out.println("EXTRA " + s.layer() + " " + s.type() + " [" + s.actorName() + "] cue="
                            + s.cue().map(c -> t.substring(c.start(), c.end())).orElse("-") + " "
                            + cut(t.substring(s.quote().start(), s.quote().end())));
                }
            }
            for (GoldArticle.Claim c : a.claims()) {
                boolean matched = found.stream().anyMatch(s -> s.layer() == org.isnad.domain.Layer.CLAIM
                        && SpanMatch.overlapping(s.quote(), c.span()));
                if (!matched) {
                    System.out.println("MISS CLAIM " + cut(t.substring(c.span().start(), c.span().end())));
                }
            }
        }
    }

    private static String cut(String s) {
        s = s.replace('\n', ' ');
        return s.length() > 70 ? s.substring(0, 35) + " … " + s.substring(s.length() - 30) : s;
    }
}
