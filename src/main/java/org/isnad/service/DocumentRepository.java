package org.isnad.service;

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

    int count();
}
