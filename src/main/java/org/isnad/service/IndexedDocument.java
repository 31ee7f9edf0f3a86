package org.isnad.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the search index keeps of one document: its stored text and metadata, the annotators and
 * review states of its annotation sets, and its annotations. Built from the database, never edited.
 */
public record IndexedDocument(
        String id,
        String title,
        String outlet,
        LocalDate publishedDate,
        String text,
        Set<String> annotators,
        Set<String> states,
        List<IndexedSpan> spans) {

    public IndexedDocument {
        annotators = Set.copyOf(annotators);
        states = Set.copyOf(states);
        spans = List.copyOf(spans);
    }
}
