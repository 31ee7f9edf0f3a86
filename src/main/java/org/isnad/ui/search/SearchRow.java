package org.isnad.ui.search;

import org.isnad.service.SearchHit;

/** A line of the results list: a document's heading with its count, or one hit under it. */
record SearchRow(String title, int count, SearchHit hit) {
    static SearchRow heading(String title, int count) {
        return new SearchRow(title, count, null);
    }

    static SearchRow of(SearchHit hit) {
        return new SearchRow(hit.title(), 0, hit);
    }

    boolean isHit() {
        return hit != null;
    }
}
