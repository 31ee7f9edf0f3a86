package org.isnad.domain;

/** Where an annotation set stands in review. */
public enum SetState {
    IN_PROGRESS, SUBMITTED, CHANGES_REQUESTED, APPROVED;

    /** How far along review is; used to summarise a document with several sets by its least advanced one. */
    public int progress() {
        return switch (this) {
            case IN_PROGRESS -> 0;
            case CHANGES_REQUESTED -> 1;
            case SUBMITTED -> 2;
            case APPROVED -> 3;
        };
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
