package org.isnad.service;

import java.time.LocalDate;
import org.isnad.domain.Layer;

/**
 * A corpus search: the query text (words, "phrases", prefix*, AND/OR/NOT) and the filters; a null
 * filter does not filter. With a layer (or an actor, annotator or quote type, which belong to
 * annotations) the hits lie inside annotations; otherwise they are in the document text.
 * {@code actorIds}: the actors the analyst meant (a name can name several); {@code documentId}: one document only.
 */
public record SearchQuery(
        String text,
        Layer layer,
        java.util.Set<String> actorIds,
        String outlet,
        LocalDate from,
        LocalDate to,
        String state,
        String annotator,
        String quoteType,
        String documentId) {

    /** The filters without a document: the whole corpus. */
    public SearchQuery(String text, Layer layer, java.util.Set<String> actorIds, String outlet, LocalDate from, LocalDate to,
                       String state, String annotator, String quoteType) {
        this(text, layer, actorIds, outlet, from, to, state, annotator, quoteType, null);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, null, null, null);
    }

    public SearchQuery withLayer(Layer newLayer) {
        return new SearchQuery(text, newLayer, actorIds, outlet, from, to, state, annotator, quoteType, documentId);
    }

    /** The same search in one document only (find in the open article). */
    public SearchQuery inDocument(String id) {
        return new SearchQuery(text, layer, actorIds, outlet, from, to, state, annotator, quoteType, id);
    }

    /** True when the hits must lie in annotations rather than in the plain text. */
    public boolean inAnnotations() {
        return layer != null || actorIds != null || annotator != null || quoteType != null;
    }
}
