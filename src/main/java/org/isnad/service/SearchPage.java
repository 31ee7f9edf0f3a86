package org.isnad.service;

import java.util.List;
import java.util.Map;

/**
 * One page of a search's hits, and how many there are in all: {@code total} hits in
 * {@code documents} documents, and for each document on this page its hits in all ({@code perDocument}).
 */
public record SearchPage(long total, long documents, Map<String, Long> perDocument, List<SearchHit> hits) {
    public SearchPage {
        perDocument = Map.copyOf(perDocument);
        hits = List.copyOf(hits);
    }

    /** The hits of {@code document} in all (not only on this page). */
    public long hitsIn(String document) {
        return perDocument.getOrDefault(document, 0L);
    }
}
