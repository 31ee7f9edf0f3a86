package org.isnad.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.isnad.domain.Document;

/** Where imported documents are kept. */
public interface DocumentRepository {
    void add(Document document);

    Optional<Document> find(String id);

    Optional<Document> findBySha256(String sha256);

    /** Every document with its counts and state, for the library and {@code isnad list}, ordered by import time. */
    List<DocumentSummary> summaries();

    /** One document's row of {@link #summaries()}: after an edit, the library updates only that row. */
    default Optional<DocumentSummary> summary(String documentId) {
        return summaries().stream().filter(d -> d.id().equals(documentId)).findFirst();
    }

    int count();

    /** When the most recent document was imported, if there is any: a new import is stamped after it. */
    Optional<Instant> latestImport();
}
