package org.isnad.domain;

import java.time.LocalDate;

/**
 * Where a claim record was made (or denied): derived from a linked claim span, never stored on its
 * own. The date is the article's publication date, or the day it was imported when it has none.
 * Claimant and quote may be missing ({@code null}).
 */
public record ClaimAppearance(
        String claimId,
        String spanId,
        Stance stance,
        String documentId,
        String title,
        String url,
        String outlet,
        LocalDate date,
        String claimantId,
        String claimantName,
        String claimantWikidata,
        ActorKind claimantKind,
        String text,
        int start,
        int end,
        String quoteSpanId,
        String quoteText) {
}
