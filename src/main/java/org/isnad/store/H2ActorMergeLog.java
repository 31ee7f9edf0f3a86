package org.isnad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.message.Message;
import org.isnad.service.ActorMergeLog;
import org.isnad.service.StoredMerge;

/** The merges in {@code actor_merge}: added by a merge, marked (never deleted) when undone. */
final class H2ActorMergeLog implements ActorMergeLog {
    private static final String SELECT = "SELECT id, kept_id, other_id, merged_by, merged_at, undone_by, undone_at, record "
            + "FROM actor_merge";

    private final H2Transactions tx;

    H2ActorMergeLog(H2Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void add(StoredMerge m) {
        tx.write(Message.of("store.do.actor.merge.log", m.id()), c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO actor_merge "
                    + "(id, kept_id, other_id, merged_by, merged_at, undone_by, undone_at, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, m.id());
                insert.setString(2, m.keptId());
                insert.setString(3, m.otherId());
                insert.setString(4, m.mergedBy());
                Columns.setInstant(insert, 5, m.mergedAt());
                insert.setString(6, m.undoneBy());
                Columns.setInstant(insert, 7, m.undoneAt());
                insert.setString(8, m.record());
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<StoredMerge> find(String mergeId) {
        List<StoredMerge> found = select(" WHERE id = ?", mergeId);
        return found.stream().findFirst();
    }

    @Override
    public List<StoredMerge> all() {
        return select(" ORDER BY merged_at DESC, id", null);
    }

    @Override
    public boolean markUndone(String mergeId, String user, Instant at) {
        return tx.write(Message.of("store.do.actor.merge.log", mergeId), c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE actor_merge SET undone_by = ?, undone_at = ? WHERE id = ? AND undone_at IS NULL")) {
                update.setString(1, user);
                Columns.setInstant(update, 2, at);
                update.setString(3, mergeId);
                return update.executeUpdate() == 1;
            }
        });
    }

    private List<StoredMerge> select(String where, String parameter) {
        return tx.read(Message.of("store.do.actor.merge.log", String.valueOf(parameter)), c -> {
            List<StoredMerge> merges = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(SELECT + where)) {
                if (parameter != null) {
                    select.setString(1, parameter);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        merges.add(new StoredMerge(rows.getString("id"), rows.getString("kept_id"), rows.getString("other_id"),
                                rows.getString("merged_by"), Columns.getInstant(rows, "merged_at"), rows.getString("undone_by"),
                                Columns.getInstant(rows, "undone_at"), rows.getString("record")));
                    }
                }
            }
            return merges;
        });
    }
}
