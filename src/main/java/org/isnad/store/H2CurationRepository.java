package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.isnad.domain.CurationRecord;
import org.isnad.message.Message;
import org.isnad.service.CurationRepository;

/** Curations in {@code curation}, {@code curation_basis} and {@code curation_dismissal} (V9). */
final class H2CurationRepository implements CurationRepository {
    private final H2Transactions tx;

    H2CurationRepository(H2Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void start(CurationRecord record, List<Set<String>> basis) {
        tx.write(Message.of("curation.store.save", record.documentId()), c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO curation (set_id, document_id, curator, "
                    + "started_at, auto_merged) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, record.setId());
                insert.setString(2, record.documentId());
                insert.setString(3, record.curator());
                Columns.setInstant(insert, 4, record.startedAt());
                insert.setInt(5, record.autoMerged());
                insert.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO curation_basis (set_id, position, analyst, fingerprints) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < record.analysts().size(); i++) {
                    insert.setString(1, record.setId());
                    insert.setInt(2, i);
                    insert.setString(3, record.analysts().get(i));
                    insert.setString(4, String.join("\n", new TreeSet<>(basis.get(i))));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Optional<CurationRecord> find(String curatedSetId) {
        return tx.read(Message.of("curation.store.read", curatedSetId), c -> {
            List<String> analysts = new ArrayList<>();
            for (String[] row : basisRows(c, curatedSetId)) {
                analysts.add(row[0]);
            }
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT document_id, curator, started_at, auto_merged FROM curation WHERE set_id = ?")) {
                select.setString(1, curatedSetId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new CurationRecord(curatedSetId, rows.getString(1), rows.getString(2), analysts,
                            Columns.getInstant(rows, "started_at"), rows.getInt(4)));
                }
            }
        });
    }

    @Override
    public List<Set<String>> basis(String curatedSetId) {
        return tx.read(Message.of("curation.store.read", curatedSetId), c -> {
            List<Set<String>> basis = new ArrayList<>();
            for (String[] row : basisRows(c, curatedSetId)) {
                Set<String> prints = new HashSet<>();
                for (String line : row[1].split("\n")) {
                    if (!line.isEmpty()) {
                        prints.add(line);
                    }
                }
                basis.add(prints);
            }
            return basis;
        });
    }

    @Override
    public Set<String> dismissals(String curatedSetId) {
        return tx.read(Message.of("curation.store.read", curatedSetId), c -> {
            Set<String> keys = new HashSet<>();
            try (PreparedStatement select = c.prepareStatement("SELECT unit_key FROM curation_dismissal WHERE set_id = ?")) {
                select.setString(1, curatedSetId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        keys.add(rows.getString(1));
                    }
                }
            }
            return keys;
        });
    }

    @Override
    public void addDismissal(String curatedSetId, String unitKey) {
        update("INSERT INTO curation_dismissal (set_id, unit_key) VALUES (?, ?)", curatedSetId, unitKey);
    }

    @Override
    public void removeDismissal(String curatedSetId, String unitKey) {
        update("DELETE FROM curation_dismissal WHERE set_id = ? AND unit_key = ?", curatedSetId, unitKey);
    }

    private void update(String sql, String setId, String unitKey) {
        tx.write(Message.of("curation.store.save", setId), c -> {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                statement.setString(1, setId);
                statement.setString(2, unitKey);
                statement.executeUpdate();
            }
            return null;
        });
    }

    private static List<String[]> basisRows(Connection c, String setId) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT analyst, fingerprints FROM curation_basis WHERE set_id = ? ORDER BY position")) {
            select.setString(1, setId);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new String[] {result.getString(1), result.getString(2)});
                }
            }
        }
        return rows;
    }
}
