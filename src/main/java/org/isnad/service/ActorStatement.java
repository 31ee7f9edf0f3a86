package org.isnad.service;

import java.time.Instant;
import java.time.LocalDate;
import org.isnad.domain.Layer;
import org.isnad.domain.QuoteType;
import org.isnad.domain.SetState;
import org.isnad.domain.VerdictKind;

/**
 * A quote or claim of an actor, as its page lists it: where (document, offsets, outlet, date), what
 * (the quoted text, the quote type) and how far review got (the set's state and the verdict, if any).
 * {@code quoteType} is null for a claim, {@code verdict} when nobody reviewed it yet.
 */
public record ActorStatement(String spanId, Layer layer, String documentId, String title, String outlet,
                             LocalDate publishedDate, Instant importedAt, String setId, String annotator,
                             SetState setState, VerdictKind verdict, QuoteType quoteType, int start, int end,
                             String text) {
    /** The date the list sorts by: publication, else import. */
    public LocalDate day() {
        return publishedDate != null ? publishedDate : importedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }
}
