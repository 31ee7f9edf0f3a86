package org.isnad.service;

import org.isnad.domain.AnnotationSet;

/**
 * The curator decides a unit has no place in the curated set ("none"), or takes that back. Nothing in the set
 * changes; the decision is stored beside it so that the unit shows as decided.
 */
public record UnitDismissed(String unitKey, boolean dismissed) implements Change {
    @Override
    public void applyInMemory(AnnotationSet set) {
        // the set itself holds no decisions; the curation reads them from storage
    }

    @Override
    public void store(String setId, Repositories repositories) {
        if (dismissed) {
            repositories.curations().addDismissal(setId, unitKey);
        } else {
            repositories.curations().removeDismissal(setId, unitKey);
        }
    }

    @Override
    public Change inverse() {
        return new UnitDismissed(unitKey, !dismissed);
    }

    @Override
    public String before(String documentText) {
        return dismissed ? "" : "NONE " + unitKey;
    }

    @Override
    public String after(String documentText) {
        return dismissed ? "NONE " + unitKey : "";
    }
}
