package org.isnad.service;

import java.util.List;

/** What deleting documents takes with it, for the confirmation: their titles and how many annotation sets. */
public record DeletionPlan(List<String> documentIds, List<String> titles, int annotationSets) {
    public DeletionPlan {
        documentIds = List.copyOf(documentIds);
        titles = List.copyOf(titles);
    }
}
