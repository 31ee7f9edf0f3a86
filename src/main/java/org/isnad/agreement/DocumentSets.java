package org.isnad.agreement;

import java.util.List;

/** The analysts' sets on one document, with the length of its text (the continuum αu is measured over). */
public record DocumentSets(String documentId, int textLength, List<AnalystSet> sets) {
    public DocumentSets {
        sets = List.copyOf(sets);
    }

    public List<String> analysts() {
        return sets.stream().map(AnalystSet::analyst).distinct().toList();
    }

    java.util.Optional<AnalystSet> of(String analyst) {
        return sets.stream().filter(s -> s.analyst().equals(analyst)).findFirst();
    }
}
