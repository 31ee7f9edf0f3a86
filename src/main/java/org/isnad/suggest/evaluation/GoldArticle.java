package org.isnad.suggest.evaluation;

import java.util.List;
import org.isnad.domain.QuoteType;
import org.isnad.text.TextRange;

/**
 * One hand-annotated article: its stored text, its quotes and its claims. Offsets are UTF-16 code
 * units of the text, end exclusive.
 */
public record GoldArticle(String name, String text, List<Quote> quotes, List<Claim> claims) {

    public GoldArticle {
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
    }

    /** A gold quote: type, span, cue (may be null), speaker mention (may be null) and the actor's name (may be null). */
    public record Quote(QuoteType type, TextRange span, TextRange cue, TextRange speaker, String actor) {
    }

    /** A gold claim and its claimant's name (may be null). */
    public record Claim(TextRange span, String claimant) {
    }
}
