package org.isnad.service;

import java.util.List;

/** The library as a corpus: paged, filtered listing; metadata and tags; deleting documents. */
public interface CatalogRepository {
    LibraryPage page(LibraryFilter filter, LibraryOrder order, boolean descending, int offset, int limit);

    List<String> tags(String documentId);

    /** Title, outlet, URL, date, language and tags of a document (the text never changes). */
    void updateMetadata(String documentId, DocumentMetadata metadata);

    /** Stores the metadata only if the document's are still {@code seen}; otherwise {@link ConcurrentChangeException}. */
    void updateMetadata(String documentId, DocumentMetadata seen, DocumentMetadata metadata);

    /** How many annotation sets these documents have. */
    int annotationSets(List<String> documentIds);

    /** Deletes the documents with their annotation sets, spans, links, verdicts, sign-offs and tags. */
    void delete(List<String> documentIds);

    /** The distinct values the library's filters offer. */
    List<String> outlets();

    List<String> annotators();

    List<String> allTags();
}
