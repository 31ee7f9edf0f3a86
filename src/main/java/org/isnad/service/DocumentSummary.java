package org.isnad.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.isnad.domain.Layer;

/**
 * A row of the library: one document with its annotation counts (over all its sets) and state.
 * {@code state} is "new" when nobody has annotated it yet, else the least advanced state of its sets.
 */
public record DocumentSummary(String id, String title, String outlet, LocalDate publishedDate, String sha256,
                              int chars, Map<Layer, Integer> counts, int links, String state, Instant importedAt) {
    public int count(Layer layer) {
        return counts.getOrDefault(layer, 0);
    }
}
