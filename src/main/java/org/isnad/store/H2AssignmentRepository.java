package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.domain.Assignment;
import org.isnad.message.Message;
import org.isnad.service.AssignmentRepository;

/** Assignments in {@code assignment} and {@code assignment_analyst}. */
final class H2AssignmentRepository implements AssignmentRepository {
    private final H2Transactions tx;

    H2AssignmentRepository(H2Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void save(Assignment a) {
        tx.write(Message.of("assignment.store.save", a.documentId()), c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM assignment WHERE document_id = ?")) {
                delete.setString(1, a.documentId());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO assignment (document_id, curator, assigned_by, assigned_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, a.documentId());
                insert.setString(2, a.curator());
                insert.setString(3, a.assignedBy());
                Columns.setInstant(insert, 4, a.assignedAt());
                insert.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO assignment_analyst (document_id, position, analyst) VALUES (?, ?, ?)")) {
                for (int i = 0; i < a.analysts().size(); i++) {
                    insert.setString(1, a.documentId());
                    insert.setInt(2, i);
                    insert.setString(3, a.analysts().get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Optional<Assignment> find(String documentId) {
        return select(" WHERE a.document_id = ?", documentId).stream().findFirst();
    }

    @Override
    public List<Assignment> all() {
        return select("", null);
    }

    private List<Assignment> select(String where, String documentId) {
        return tx.read(Message.of("assignment.store.read"), c -> {
            Map<String, List<String>> analysts = analysts(c, documentId);
            List<Assignment> list = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT a.document_id, a.curator, a.assigned_by, "
                    + "a.assigned_at FROM assignment a" + where + " ORDER BY a.document_id")) {
                if (documentId != null) {
                    select.setString(1, documentId);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String doc = rows.getString("document_id");
                        list.add(new Assignment(doc, analysts.getOrDefault(doc, List.of()), rows.getString("curator"),
                                rows.getString("assigned_by"), Columns.getInstant(rows, "assigned_at")));
                    }
                }
            }
            return list;
        });
    }

    private static Map<String, List<String>> analysts(Connection c, String documentId) throws SQLException {
        Map<String, List<String>> byDocument = new LinkedHashMap<>();
        String sql = "SELECT document_id, analyst FROM assignment_analyst"
                + (documentId == null ? "" : " WHERE document_id = ?") + " ORDER BY document_id, position";
        try (PreparedStatement select = c.prepareStatement(sql)) {
            if (documentId != null) {
                select.setString(1, documentId);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byDocument.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        return byDocument;
    }
}
