package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.domain.Document;
import org.isnad.domain.Layer;
import org.isnad.domain.SetState;
import org.isnad.message.Message;
import org.isnad.service.DocumentRepository;
import org.isnad.service.DocumentSummary;
import org.isnad.service.StorageException;
import org.isnad.text.ArabicFolding;

/** Documents in the {@code document} table; their texts never change once stored. */
final class H2DocumentRepository implements DocumentRepository {
    private static final String COLUMNS =
            "id, title, source_url, outlet, published_date, language, text, sha256, imported_at";

    /** Counts per document over all its sets, in one pass over spans and one over links. */
    private static final String SUMMARY_SQL = """
            SELECT d.id, d.title, d.outlet, d.published_date, d.sha256, d.text_length, d.imported_at,
                   COALESCE(s.speakers, 0) AS speakers, COALESCE(s.cues, 0) AS cues,
                   COALESCE(s.quotes, 0) AS quotes, COALESCE(s.claims, 0) AS claims,
                   COALESCE(l.links, 0) AS links
            FROM document d
            LEFT JOIN (SELECT a.document_id,
                              SUM(CASE WHEN sp.layer = 'SPEAKER' THEN 1 ELSE 0 END) AS speakers,
                              SUM(CASE WHEN sp.layer = 'CUE' THEN 1 ELSE 0 END) AS cues,
                              SUM(CASE WHEN sp.layer = 'QUOTE' THEN 1 ELSE 0 END) AS quotes,
                              SUM(CASE WHEN sp.layer = 'CLAIM' THEN 1 ELSE 0 END) AS claims
                       FROM span sp JOIN annotation_set a ON a.id = sp.set_id
                       GROUP BY a.document_id) s ON s.document_id = d.id
            LEFT JOIN (SELECT a.document_id, COUNT(*) AS links
                       FROM link k JOIN annotation_set a ON a.id = k.set_id
                       GROUP BY a.document_id) l ON l.document_id = d.id
            ORDER BY d.imported_at, d.id""";

    /** The same row for one document, reaching its spans and links through its sets' indexes. */
    private static final String ONE_SUMMARY_SQL = """
            SELECT d.id, d.title, d.outlet, d.published_date, d.sha256, d.text_length, d.imported_at,
                   COALESCE(s.speakers, 0) AS speakers, COALESCE(s.cues, 0) AS cues,
                   COALESCE(s.quotes, 0) AS quotes, COALESCE(s.claims, 0) AS claims,
                   COALESCE(l.links, 0) AS links
            FROM document d
            LEFT JOIN (SELECT a.document_id,
                              SUM(CASE WHEN sp.layer = 'SPEAKER' THEN 1 ELSE 0 END) AS speakers,
                              SUM(CASE WHEN sp.layer = 'CUE' THEN 1 ELSE 0 END) AS cues,
                              SUM(CASE WHEN sp.layer = 'QUOTE' THEN 1 ELSE 0 END) AS quotes,
                              SUM(CASE WHEN sp.layer = 'CLAIM' THEN 1 ELSE 0 END) AS claims
                       FROM annotation_set a JOIN span sp ON sp.set_id = a.id
                       WHERE a.document_id = ?
                       GROUP BY a.document_id) s ON s.document_id = d.id
            LEFT JOIN (SELECT a.document_id, COUNT(*) AS links
                       FROM annotation_set a JOIN link k ON k.set_id = a.id
                       WHERE a.document_id = ?
                       GROUP BY a.document_id) l ON l.document_id = d.id
            WHERE d.id = ?""";

    /** The states present per document; the least advanced one is picked in Java by SetState.progress(). */
    private static final String STATES_SQL = "SELECT document_id, state FROM annotation_set GROUP BY document_id, state";

    private final H2Transactions tx;

    H2DocumentRepository(H2Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void add(Document d) {
        tx.write(Message.of("store.do.document.save", d.title()), c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO document (" + COLUMNS
                    + ", text_length, title_folded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, d.id());
                insert.setString(2, d.title());
                insert.setString(3, d.sourceUrl());
                insert.setString(4, d.outlet());
                Columns.setDate(insert, 5, d.publishedDate());
                insert.setString(6, d.language());
                insert.setString(7, d.text());
                insert.setString(8, d.sha256());
                Columns.setInstant(insert, 9, d.importedAt());
                insert.setInt(10, d.text().length());
                insert.setString(11, ArabicFolding.foldQuery(d.title()));
                insert.executeUpdate();
            } catch (SQLException e) {
                if (StorageErrors.isDuplicate(e)) {
                    throw duplicate(c, d, e);
                }
                throw e;
            }
            return null;
        });
    }

    private StorageException duplicate(Connection c, Document d, SQLException e) throws SQLException {
        Optional<Document> sameText = query(c, "sha256", d.sha256());
        if (sameText.isPresent()) {
            return new StorageException(Message.of("store.in.database",
                    Message.of("store.document.same.text", sameText.get().title(), d.sha256()), tx.location()), e);
        }
        return new StorageException(Message.of("store.in.database",
                Message.of("store.document.duplicate", d.id()), tx.location()), e);
    }

    @Override
    public Optional<Document> find(String id) {
        return tx.read(Message.of("store.do.document.read", id), c -> query(c, "id", id));
    }

    @Override
    public Optional<Document> findBySha256(String sha256) {
        return tx.read(Message.of("store.do.document.by.hash"), c -> query(c, "sha256", sha256));
    }

    private static Optional<Document> query(Connection c, String keyColumn, String key) throws SQLException {
        // keyColumn is one of two constants above, never user text
        try (PreparedStatement select = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM document WHERE " + keyColumn + " = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(document(rows)) : Optional.empty();
            }
        }
    }

    private static Document document(ResultSet rows) throws SQLException {
        return new Document(rows.getString("id"), rows.getString("title"), rows.getString("source_url"),
                rows.getString("outlet"), Columns.getDate(rows, "published_date"), rows.getString("language"),
                rows.getString("text"), rows.getString("sha256"), Columns.getInstant(rows, "imported_at"));
    }

    @Override
    public List<DocumentSummary> summaries() {
        return tx.read(Message.of("store.do.documents.list"), c -> {
            Map<String, SetState> leastAdvanced = leastAdvancedStates(c);
            List<DocumentSummary> summaries = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(SUMMARY_SQL); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    summaries.add(summary(rows, leastAdvanced.get(rows.getString("id"))));
                }
            }
            return summaries;
        });
    }

    @Override
    public Optional<DocumentSummary> summary(String documentId) {
        return tx.read(Message.of("store.do.document.counts", documentId), c -> {
            SetState least = null;
            try (PreparedStatement select = c.prepareStatement("SELECT DISTINCT state FROM annotation_set WHERE document_id = ?")) {
                select.setString(1, documentId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        SetState state = SetState.valueOf(rows.getString("state"));
                        least = least == null || state.progress() < least.progress() ? state : least;
                    }
                }
            }
            try (PreparedStatement select = c.prepareStatement(ONE_SUMMARY_SQL)) {
                select.setString(1, documentId);
                select.setString(2, documentId);
                select.setString(3, documentId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(summary(rows, least)) : Optional.empty();
                }
            }
        });
    }

    private static DocumentSummary summary(ResultSet rows, SetState leastAdvanced) throws SQLException {
        Map<Layer, Integer> counts = new EnumMap<>(Layer.class);
        counts.put(Layer.SPEAKER, rows.getInt("speakers"));
        counts.put(Layer.CUE, rows.getInt("cues"));
        counts.put(Layer.QUOTE, rows.getInt("quotes"));
        counts.put(Layer.CLAIM, rows.getInt("claims"));
        return new DocumentSummary(rows.getString("id"), rows.getString("title"), rows.getString("outlet"),
                Columns.getDate(rows, "published_date"), rows.getString("sha256"), rows.getInt("text_length"),
                Map.copyOf(counts), rows.getInt("links"), leastAdvanced == null ? "new" : leastAdvanced.key(),
                Columns.getInstant(rows, "imported_at"));
    }

    private static Map<String, SetState> leastAdvancedStates(Connection c) throws SQLException {
        Map<String, SetState> least = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement(STATES_SQL); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                SetState state = SetState.valueOf(rows.getString("state"));
                least.merge(rows.getString("document_id"), state,
                        (a, b) -> a.progress() <= b.progress() ? a : b);
            }
        }
        return least;
    }

    @Override
    public int count() {
        return tx.read(Message.of("store.do.documents.count"), c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM document");
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    @Override
    public Optional<java.time.Instant> latestImport() {
        return tx.read(Message.of("store.do.documents.latest"), c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT MAX(imported_at) AS latest FROM document");
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                return Optional.ofNullable(Columns.getInstant(rows, "latest"));
            }
        });
    }
}
