package org.isnad.service;

import java.util.List;

/** One page of a search's hits, and how many there are in all. */
public record SearchPage(long total, List<SearchHit> hits) {
    public SearchPage {
        hits = List.copyOf(hits);
    }
}
