package org.isnad.service;

import java.util.List;

/** One page of the filtered library and how many documents the filter matches in all. */
public record LibraryPage(List<LibraryRow> rows, int total, int offset) {
    public LibraryPage {
        rows = List.copyOf(rows);
    }
}
