package org.isnad.service;

import org.isnad.domain.AnnotationSet;

/**
 * One elementary change to an annotation set and its storage. Commands are lists of changes, so
 * undo is the same machinery run backwards: each change knows its exact inverse.
 */
public sealed interface Change permits SpanAdded, SpanRemoved, SpanChanged, LinkAdded, LinkRemoved, ActorAdded, ActorRemoved, ActorChanged, VerdictChanged, UnitDismissed {

    /** Applies the change to the set in memory (checking the model's rules) and then to the repositories. */
    default void apply(AnnotationSet set, Repositories repositories) {
        applyInMemory(set);
        store(set.id(), repositories);
    }

    /** Applies the change to the set in memory only, checking the model's rules. */
    void applyInMemory(AnnotationSet set);

    /** Writes the change to the repositories (inside the caller's transaction). */
    void store(String setId, Repositories repositories);

    /** The change that exactly undoes this one. */
    Change inverse();

    /** How the touched thing looked before, as readable text for the audit trail ("" if it did not exist). */
    String before(String documentText);

    /** How it looks after ("" if it no longer exists). */
    String after(String documentText);
}
