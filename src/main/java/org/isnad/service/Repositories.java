package org.isnad.service;

/** The storage that the services work on; the store package implements it on H2. */
public interface Repositories extends AutoCloseable {
    DocumentRepository documents();

    ActorRepository actors();

    AnnotationRepository annotations();

    AuditLog audit();

    SuggestionRejections suggestionRejections();

    /** Verdicts, sign-offs and review history. */
    ReviewRepository reviews();

    /** Who works on which document (issue 14). */
    AssignmentRepository assignments();

    /** Curations of analysts' sets into curated sets (issue 14). */
    CurationRepository curations();

    /** Claim records across the corpus, their stances, ratings and the rating scale (issue 17). */
    ClaimRepository claims();

    Transactions transactions();

    /** The change counter the search index follows. */
    ChangeFeed changes();
    /** The library as a corpus: filtered pages, metadata and tags, deleting documents. */
    CatalogRepository catalog();

    /** The speaker directory: every actor's counts and record, moving links between actors. */
    DirectoryRepository directory();

    /** Every actor merge, to undo it later. */
    ActorMergeLog mergeLog();

    /** Where the data lives, as shown to the user (a file path). */
    String location();

    /** On a team server, the database login: the acting user of every change (empty for a file). */
    default java.util.Optional<String> serverLogin() {
        return java.util.Optional.empty();
    }

    /** Other users' committed work as it happens (a team server); {@link SharedChanges#NONE} on a file. */
    default SharedChanges sharedChanges() {
        return SharedChanges.NONE;
    }

    @Override
    void close();
}
