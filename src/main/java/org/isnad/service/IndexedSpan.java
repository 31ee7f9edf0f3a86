package org.isnad.service;

import org.isnad.domain.Layer;

/**
 * One annotation as the search index sees it: where it lies in the stored text, its layer, the
 * actor it is attributed to (its speaker or claimant; null when none), its quote type (quotes
 * only), and the annotator and review state of its set.
 */
public record IndexedSpan(
        String id,
        Layer layer,
        int start,
        int end,
        String actorId,
        String actorName,
        String quoteType,
        String annotator,
        String state) {
}
