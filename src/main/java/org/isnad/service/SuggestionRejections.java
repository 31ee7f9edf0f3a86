package org.isnad.service;

import java.time.Instant;
import java.util.Set;

/** The suggestions analysts rejected, per document, so that they are not proposed again. */
public interface SuggestionRejections {
    Set<String> rejectedKeys(String documentId);

    /** Records a rejection; rejecting the same suggestion twice is not an error. */
    void reject(String documentId, String suggestionKey, String user, Instant at);
}
