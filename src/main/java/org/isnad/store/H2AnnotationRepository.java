package org.isnad.store;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.SetKind;
import org.isnad.domain.SetState;
import org.isnad.domain.Span;
import org.isnad.message.Message;
import org.isnad.service.AnnotationRepository;
import org.isnad.service.ConcurrentChangeException;
import org.isnad.service.StorageException;

/** Annotation sets ({@code annotation_set}) with their spans ({@code span}) and links ({@code link}). */
final class H2AnnotationRepository implements AnnotationRepository {
    private static final String SET_COLUMNS = "id, document_id, annotator, kind, state, created_at";
    private static final String SPAN_INSERT = "INSERT INTO span (id, set_id, " + SpanRows.FIELDS + ") VALUES (?, ?"
            + ", ?".repeat(SpanRows.FIELD_COUNT) + ")";
    private static final String LINK_INSERT = "INSERT INTO link (id, set_id, type, from_span_id, to_span_id) VALUES (?, ?, ?, ?, ?)";
    private static final String SPAN_UPDATE = "UPDATE span SET " + SpanRows.FIELDS.replace(",", " = ?,")
            + " = ? WHERE id = ? AND set_id = ?";

    private final H2Transactions tx;

    H2AnnotationRepository(H2Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void addSet(AnnotationSetInfo set) {
        tx.write(Message.of("store.do.set.save", set.annotator()), c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO annotation_set (" + SET_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, set.id());
                insert.setString(2, set.documentId());
                insert.setString(3, set.annotator());
                Columns.setEnum(insert, 4, set.kind());
                Columns.setEnum(insert, 5, set.state());
                Columns.setInstant(insert, 6, set.createdAt());
                insert.executeUpdate();
            } catch (SQLException e) {
                if (StorageErrors.isDuplicate(e)) {
                    throw refused(Message.of("store.set.duplicate", set.id()), e);
                }
                if (StorageErrors.isMissingParent(e)) {
                    throw refused(Message.of("store.set.no.document", set.documentId()), e);
                }
                throw e;
            }
            return null;
        });
    }

    @Override
    public void updateSet(AnnotationSetInfo set) {
        tx.write(Message.of("store.do.set.update", set.annotator()), c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE annotation_set SET annotator = ?, kind = ?, state = ?, created_at = ? WHERE id = ? AND document_id = ?")) {
                update.setString(1, set.annotator());
                Columns.setEnum(update, 2, set.kind());
                Columns.setEnum(update, 3, set.state());
                Columns.setInstant(update, 4, set.createdAt());
                update.setString(5, set.id());
                update.setString(6, set.documentId());
                if (update.executeUpdate() == 0) {
                    throw refused(findSet(c, set.id()).isPresent()
                            ? Message.of("store.set.other.document", set.id(), set.documentId())
                            : Message.of("store.set.missing.update", set.id()), null);
                }
            }
            return null;
        });
    }

    @Override
    public void updateSet(AnnotationSetInfo seen, AnnotationSetInfo set) {
        tx.write(Message.of("store.do.set.update", set.annotator()), c -> {
            RowLock.lock(c, "annotation_set", seen.id());
            Optional<AnnotationSetInfo> now = findSet(c, seen.id());
            if (now.isPresent() && !now.get().equals(seen)) {
                throw new ConcurrentChangeException(Message.of("store.conflict.set", seen.annotator(),
                        now.get().state().name()));
            }
            updateSet(set);
            return null;
        });
    }

    @Override
    public Optional<AnnotationSetInfo> findSet(String setId) {
        return tx.read(Message.of("store.do.set.read", setId), c -> findSet(c, setId));
    }

    private static Optional<AnnotationSetInfo> findSet(Connection c, String setId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + SET_COLUMNS + " FROM annotation_set WHERE id = ?")) {
            select.setString(1, setId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(set(rows)) : Optional.empty();
            }
        }
    }

    @Override
    public List<AnnotationSetInfo> setsOf(String documentId) {
        return tx.read(Message.of("store.do.sets.list", documentId), c -> {
            List<AnnotationSetInfo> sets = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT " + SET_COLUMNS
                    + " FROM annotation_set WHERE document_id = ? ORDER BY created_at, id")) {
                select.setString(1, documentId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        sets.add(set(rows));
                    }
                }
            }
            return sets;
        });
    }

    private static AnnotationSetInfo set(ResultSet rows) throws SQLException {
        return new AnnotationSetInfo(rows.getString("id"), rows.getString("document_id"), rows.getString("annotator"),
                Columns.getEnum(rows, "kind", SetKind.class), Columns.getEnum(rows, "state", SetState.class),
                Columns.getInstant(rows, "created_at"));
    }

    @Override
    public List<Span> spansOf(String setId) {
        return tx.read(Message.of("store.do.spans.read", setId), c -> {
            List<Span> spans = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT id, " + SpanRows.FIELDS
                    + " FROM span WHERE set_id = ? ORDER BY start_offset, end_offset DESC, id")) {
                select.setString(1, setId);
                select.setFetchSize(1000);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        spans.add(SpanRows.span(rows));
                    }
                }
            }
            return spans;
        });
    }

    @Override
    public List<Link> linksOf(String setId) {
        return tx.read(Message.of("store.do.links.read", setId), c -> {
            List<Link> links = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT id, type, from_span_id, to_span_id FROM link WHERE set_id = ? ORDER BY id")) {
                select.setString(1, setId);
                select.setFetchSize(1000);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        links.add(new Link(rows.getString("id"), Columns.getEnum(rows, "type", LinkType.class),
                                rows.getString("from_span_id"), rows.getString("to_span_id")));
                    }
                }
            }
            return links;
        });
    }

    @Override
    public void addSpan(String setId, Span span) {
        addSpans(setId, List.of(span));
    }

    /** One prepared statement and one batch: an import of 10,000 spans costs about what plain JDBC does. */
    @Override
    public void addSpans(String setId, List<Span> spans) {
        if (spans.isEmpty()) {
            return;
        }
        tx.write(Message.of("store.do.spans.save", spans.size(), setId), c -> {
            try (PreparedStatement insert = c.prepareStatement(SPAN_INSERT)) {
                for (Span span : spans) {
                    insert.setString(1, span.id());
                    insert.setString(2, setId);
                    SpanRows.setFields(insert, 3, span);
                    insert.addBatch();
                }
                insert.executeBatch();
            } catch (BatchUpdateException e) {
                // H2 gives the batch the error code of its first failed row
                Span span = spans.get(firstFailed(e, spans.size()));
                if (StorageErrors.isDuplicate(e)) {
                    throw refused(Message.of("store.span.duplicate", span.id()), e);
                }
                if (StorageErrors.isMissingParent(e)) {
                    throw refused(Message.of("store.span.missing.parent", span.layer(), span.id(), setId), e);
                }
                throw e;
            }
            return null;
        });
    }

    @Override
    public void updateSpan(String setId, Span span) {
        tx.write(Message.of("store.do.span.update", span.layer(), span.id()), c -> {
            try (PreparedStatement update = c.prepareStatement(SPAN_UPDATE)) {
                int next = SpanRows.setFields(update, 1, span);
                update.setString(next, span.id());
                update.setString(next + 1, setId);
                if (update.executeUpdate() == 0) {
                    throw refused(Message.of("store.span.missing.update", span.id(), setId), null);
                }
            } catch (SQLException e) {
                if (StorageErrors.isMissingParent(e)) {
                    throw refused(Message.of("store.span.missing.actor", span.layer(), span.id()), e);
                }
                throw e;
            }
            return null;
        });
    }

    @Override
    public void removeSpan(String spanId) {
        tx.write(Message.of("store.do.span.remove", spanId), c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM span WHERE id = ?")) {
                delete.setString(1, spanId);
                if (delete.executeUpdate() == 0) {
                    throw refused(Message.of("store.span.missing.remove", spanId), null);
                }
            } catch (SQLException e) {
                if (StorageErrors.isStillReferenced(e)) {
                    throw refused(Message.of("store.span.still.linked", spanId), e);
                }
                throw e;
            }
            return null;
        });
    }

    @Override
    public void addLink(String setId, Link link) {
        addLinks(setId, List.of(link));
    }

    @Override
    public void addLinks(String setId, List<Link> links) {
        if (links.isEmpty()) {
            return;
        }
        tx.write(Message.of("store.do.links.save", links.size(), setId), c -> {
            try (PreparedStatement insert = c.prepareStatement(LINK_INSERT)) {
                for (Link link : links) {
                    insert.setString(1, link.id());
                    insert.setString(2, setId);
                    Columns.setEnum(insert, 3, link.type());
                    insert.setString(4, link.fromSpanId());
                    insert.setString(5, link.toSpanId());
                    insert.addBatch();
                }
                insert.executeBatch();
            } catch (BatchUpdateException e) {
                Link link = links.get(firstFailed(e, links.size()));
                if (StorageErrors.isDuplicate(e)) {
                    throw refused(Message.of("store.link.duplicate", link.id()), e);
                }
                if (StorageErrors.isMissingParent(e)) {
                    throw refused(Message.of("store.link.outside.set", link.type(), link.id(), setId), e);
                }
                throw e;
            }
            return null;
        });
    }

    /** The index of the first row of a batch that failed (0 when the driver does not say). */
    private static int firstFailed(BatchUpdateException e, int rows) {
        long[] counts = e.getLargeUpdateCounts();
        if (counts != null) {
            for (int i = 0; i < Math.min(rows, counts.length); i++) {
                if (counts[i] == Statement.EXECUTE_FAILED) {
                    return i;
                }
            }
        }
        return 0;
    }

    @Override
    public void removeLink(String linkId) {
        tx.write(Message.of("store.do.link.remove", linkId), c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM link WHERE id = ?")) {
                delete.setString(1, linkId);
                if (delete.executeUpdate() == 0) {
                    throw refused(Message.of("store.link.missing.remove", linkId), null);
                }
            }
            return null;
        });
    }

    private StorageException refused(Message message, SQLException cause) {
        return new StorageException(Message.of("store.in.database", message, tx.location()), cause);
    }
}
