package org.isnad.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.Document;
import org.isnad.domain.DomainException;
import org.isnad.message.Message;

/**
 * Managing the library as a corpus: listing a filtered page, editing an article's metadata, and
 * deleting articles (a backup first, then one transaction, then the listeners are told).
 */
public final class Catalog {
    /** The largest page the library asks for at once. */
    public static final int MAX_PAGE = 1000;

    private final Repositories repositories;
    private final Clock clock;
    private final BackupTaker backups;
    private final CorpusChanges changes;

    /** {@code backups} may be null: deleting is then refused, since it would be taken without a backup. */
    public Catalog(Repositories repositories, Clock clock, BackupTaker backups, CorpusChanges changes) {
        this.repositories = repositories;
        this.clock = clock;
        this.backups = backups;
        this.changes = changes;
    }

    public LibraryPage page(LibraryFilter filter, LibraryOrder order, boolean descending, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("page " + offset + "+" + limit);
        }
        return repositories.catalog().page(filter, order, descending, offset, limit);
    }

    public DocumentMetadata metadata(String documentId) {
        Document document = require(documentId);
        return DocumentMetadata.of(document, repositories.catalog().tags(documentId));
    }

    /** Stores new metadata for a document and writes what changed to the audit trail. */
    public void edit(String documentId, DocumentMetadata metadata, String user) {
        edit(documentId, null, metadata, user);
    }

    /**
     * The same, from a view that showed {@code seen} (null: whatever the store has now): refused with
     * {@link ConcurrentChangeException}, nothing changed, when someone else changed the metadata since.
     */
    public void edit(String documentId, DocumentMetadata seen, DocumentMetadata metadata, String user) {
        repositories.transactions().run(() -> {
            DocumentMetadata before = metadata(documentId);
            if (before.equals(metadata)) {
                return;
            }
            repositories.catalog().updateMetadata(documentId, seen == null ? before : seen, metadata);
            repositories.audit().append(new AuditEvent(0, documentId, null, user, clock.instant(), "edit metadata",
                    "Edit the metadata of «" + metadata.title() + "»", before.toString(), metadata.toString()));
        });
        changes.documentEdited(documentId);
    }

    /** What deleting these documents would take with it; unknown ids are refused, naming the first. */
    public DeletionPlan planDeletion(List<String> documentIds) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(documentIds));
        if (ids.isEmpty()) {
            throw new DomainException(Message.of("service.delete.nothing"));
        }
        List<String> titles = new ArrayList<>();
        for (String id : ids) {
            titles.add(require(id).title());
        }
        return new DeletionPlan(ids, titles, repositories.catalog().annotationSets(ids));
    }

    /**
     * Deletes the planned documents: a backup is taken first (and the deletion refused if it fails),
     * then everything goes in one transaction, with one audit event per document.
     *
     * @return the backup taken before
     */
    public Backup delete(DeletionPlan plan, String user) {
        if (backups == null) {
            throw new DomainException(Message.of("service.delete.no.backups"));
        }
        Backup backup = backups.take();
        repositories.transactions().run(() -> {
            for (int i = 0; i < plan.documentIds().size(); i++) {
                require(plan.documentIds().get(i));
                repositories.audit().append(new AuditEvent(0, plan.documentIds().get(i), null, user, clock.instant(),
                        "delete document", "Delete «" + plan.titles().get(i) + "» (backup " + backup.name() + ")",
                        plan.titles().get(i), ""));
            }
            repositories.catalog().delete(plan.documentIds());
        });
        changes.documentsDeleted(Set.copyOf(plan.documentIds()));
        return backup;
    }

    public List<String> outlets() {
        return repositories.catalog().outlets();
    }

    public List<String> annotators() {
        return repositories.catalog().annotators();
    }

    public List<String> tags() {
        return repositories.catalog().allTags();
    }

    private Document require(String documentId) {
        return repositories.documents().find(documentId).orElseThrow(() ->
                new DomainException(Message.of("service.document.unknown", documentId)));
    }
}
