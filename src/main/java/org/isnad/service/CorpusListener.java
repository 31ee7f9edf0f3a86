package org.isnad.service;

import java.util.Set;

/**
 * Told after a corpus-wide change was committed (never before, never for a rolled-back one): the
 * library, the speaker directory and the search index keep their views in step through it.
 */
public interface CorpusListener {
    default void documentsDeleted(Set<String> documentIds) {
    }

    default void documentEdited(String documentId) {
    }

    /** Actors were merged, split, renamed or changed; {@code documentIds} are those whose annotations moved. */
    default void actorsChanged(Set<String> documentIds) {
    }
}
