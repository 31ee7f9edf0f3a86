package org.isnad.service;

import java.util.List;

/** One row of a library page: the document's summary, its tags and language. */
public record LibraryRow(DocumentSummary summary, List<String> tags, String language) {
    public LibraryRow {
        tags = List.copyOf(tags);
    }
}
