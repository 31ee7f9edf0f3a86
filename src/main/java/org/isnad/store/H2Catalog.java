package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.domain.SetState;
import org.isnad.message.Message;
import org.isnad.service.CatalogRepository;
import org.isnad.service.DocumentMetadata;
import org.isnad.service.DocumentSummary;
import org.isnad.service.LibraryFilter;
import org.isnad.service.LibraryOrder;
import org.isnad.service.LibraryPage;
import org.isnad.service.LibraryRow;
import org.isnad.text.ArabicFolding;

/**
 * The library as a corpus on H2. A page is one filtered, sorted query with LIMIT/OFFSET; counts and
 * states are then read for the rows of that page only, so 20,000 documents cost no more than 50.
 * The WHERE clause is put together from fixed fragments; every value is a parameter.
 */
final class H2Catalog implements CatalogRepository {
    private final H2Transactions tx;
    private final H2DocumentRepository documents;

    H2Catalog(H2Transactions tx, H2DocumentRepository documents) {
        this.tx = tx;
        this.documents = documents;
    }

    @Override
    public LibraryPage page(LibraryFilter filter, LibraryOrder order, boolean descending, int offset, int limit) {
        return tx.read(Message.of("store.do.documents.list"), c -> {
            LibraryQuery query = LibraryQuery.of(filter);
            int total;
            try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM document d" + query.where())) {
                query.bind(count);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getInt(1);
                }
            }
            List<String[]> ids = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT d.id, d.language FROM document d" + query.where()
                    + " ORDER BY " + LibraryQuery.orderBy(order, descending) + " LIMIT ? OFFSET ?")) {
                int next = query.bind(select);
                select.setInt(next, limit);
                select.setInt(next + 1, offset);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(new String[] {rows.getString(1), rows.getString(2)});
                    }
                }
            }
            List<LibraryRow> rows = new ArrayList<>();
            for (String[] id : ids) {
                DocumentSummary summary = documents.summary(id[0]).orElseThrow();
                rows.add(new LibraryRow(summary, tags(c, id[0]), id[1]));
            }
            return new LibraryPage(rows, total, offset);
        });
    }

    @Override
    public List<String> tags(String documentId) {
        return tx.read(Message.of("store.do.document.read", documentId), c -> tags(c, documentId));
    }

    private static List<String> tags(Connection c, String documentId) throws SQLException {
        return strings(c, "SELECT tag FROM document_tag WHERE document_id = ? ORDER BY tag", documentId);
    }

    @Override
    public void updateMetadata(String documentId, DocumentMetadata seen, DocumentMetadata m) {
        tx.write(Message.of("store.do.document.save", m.title()), c -> {
            RowLock.lock(c, "document", documentId);
            java.util.Optional<org.isnad.domain.Document> document = documents.find(documentId);
            if (document.isPresent()) {
                DocumentMetadata now = DocumentMetadata.of(document.get(), tags(documentId));
                if (!now.equals(seen)) {
                    throw new org.isnad.service.ConcurrentChangeException(Message.of("store.conflict.metadata",
                            seen.title(), now.title()));
                }
            }
            updateMetadata(documentId, m);
            return null;
        });
    }

    @Override
    public void updateMetadata(String documentId, DocumentMetadata m) {
        tx.write(Message.of("store.do.document.save", m.title()), c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE document SET title = ?, title_folded = ?, outlet = ?,"
                    + " source_url = ?, published_date = ?, language = ? WHERE id = ?")) {
                update.setString(1, m.title());
                update.setString(2, ArabicFolding.foldQuery(m.title()));
                update.setString(3, m.outlet());
                update.setString(4, m.sourceUrl());
                Columns.setDate(update, 5, m.publishedDate());
                update.setString(6, m.language());
                update.setString(7, documentId);
                update.executeUpdate();
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM document_tag WHERE document_id = ?")) {
                delete.setString(1, documentId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO document_tag (document_id, tag) VALUES (?, ?)")) {
                for (String tag : m.tags()) {
                    insert.setString(1, documentId);
                    insert.setString(2, tag);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public int annotationSets(List<String> documentIds) {
        return tx.read(Message.of("store.do.documents.count"), c -> {
            int sets = 0;
            try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM annotation_set WHERE document_id = ?")) {
                for (String id : documentIds) {
                    count.setString(1, id);
                    try (ResultSet rows = count.executeQuery()) {
                        rows.next();
                        sets += rows.getInt(1);
                    }
                }
            }
            return sets;
        });
    }

    /** Children first: what references a set (links, spans, verdicts, sign-offs, steps), then the sets, then the document. */
    private static final List<String> DELETIONS = List.of(
            "DELETE FROM verdict WHERE set_id IN (SELECT id FROM annotation_set WHERE document_id = ?)",
            "DELETE FROM link WHERE set_id IN (SELECT id FROM annotation_set WHERE document_id = ?)",
            "DELETE FROM span WHERE set_id IN (SELECT id FROM annotation_set WHERE document_id = ?)",
            "DELETE FROM review_step WHERE set_id IN (SELECT id FROM annotation_set WHERE document_id = ?)",
            "DELETE FROM sign_off WHERE document_id = ?",
            "DELETE FROM annotation_set WHERE document_id = ?",
            "DELETE FROM document WHERE id = ?");

    @Override
    public void delete(List<String> documentIds) {
        tx.write(Message.of("store.do.documents.delete", documentIds.size()), c -> {
            for (String sql : DELETIONS) {
                try (PreparedStatement delete = c.prepareStatement(sql)) {
                    for (String id : documentIds) {
                        delete.setString(1, id);
                        delete.addBatch();
                    }
                    delete.executeBatch();
                }
            }
            return null;
        });
    }

    @Override
    public List<String> outlets() {
        return tx.read(Message.of("store.do.documents.list"), c ->
                strings(c, "SELECT DISTINCT outlet FROM document WHERE outlet IS NOT NULL ORDER BY outlet", null));
    }

    @Override
    public List<String> annotators() {
        return tx.read(Message.of("store.do.documents.list"), c ->
                strings(c, "SELECT DISTINCT annotator FROM annotation_set ORDER BY annotator", null));
    }

    @Override
    public List<String> allTags() {
        return tx.read(Message.of("store.do.documents.list"), c ->
                strings(c, "SELECT DISTINCT tag FROM document_tag ORDER BY tag", null));
    }

    private static List<String> strings(Connection c, String sql, String parameter) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(sql)) {
            if (parameter != null) {
                select.setString(1, parameter);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    out.add(rows.getString(1));
                }
            }
        }
        return out;
    }

    /** Fills the folded title of documents stored before version 6 (the folding is Java's, not SQL's). */
    static void foldMissingTitles(Connection c) throws SQLException {
        Map<String, String> missing = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id, title FROM document WHERE title_folded IS NULL");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                missing.put(rows.getString(1), rows.getString(2));
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE document SET title_folded = ? WHERE id = ?")) {
            for (Map.Entry<String, String> e : missing.entrySet()) {
                update.setString(1, ArabicFolding.foldQuery(e.getValue()));
                update.setString(2, e.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
        c.commit();
    }

    /** The least advanced state below a given one, for the state filter. */
    static List<SetState> lessAdvancedThan(SetState state) {
        List<SetState> less = new ArrayList<>();
        for (SetState s : SetState.values()) {
            if (s.progress() < state.progress()) {
                less.add(s);
            }
        }
        return less;
    }
}
