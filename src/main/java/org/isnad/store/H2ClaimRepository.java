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
import org.isnad.domain.ClaimAppearance;
import org.isnad.domain.ClaimRating;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.ClaimRecordSummary;
import org.isnad.domain.ClaimStance;
import org.isnad.domain.RatingScale;
import org.isnad.domain.Stance;
import org.isnad.message.Message;
import org.isnad.service.ClaimRepository;

/** Claim records in {@code claim_record} and {@code claim_stance}; ratings and settings in {@link H2ClaimRatings}. */
final class H2ClaimRepository implements ClaimRepository {
    private final H2Transactions tx;
    private final H2ClaimRatings ratings;

    H2ClaimRepository(H2Transactions tx) {
        this.tx = tx;
        this.ratings = new H2ClaimRatings(tx);
    }

    @Override
    public void add(ClaimRecord r) {
        update("INSERT INTO claim_record (statement, gloss, created_at, created_by, id) VALUES (?, ?, ?, ?, ?)", r);
    }

    @Override
    public void update(ClaimRecord r) {
        update("UPDATE claim_record SET statement = ?, gloss = ?, created_at = ?, created_by = ? WHERE id = ?", r);
    }

    private void update(String sql, ClaimRecord r) {
        tx.write(Message.of("claims.store.save", r.statement()), c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, r.statement());
                s.setString(2, r.gloss());
                Columns.setInstant(s, 3, r.createdAt());
                s.setString(4, r.createdBy());
                s.setString(5, r.id());
                if (s.executeUpdate() != 1) {
                    throw new SQLException("claim record " + r.id() + " not found");
                }
            }
            return null;
        });
    }

    @Override
    public void remove(String claimId) {
        tx.write(Message.of("claims.store.remove", claimId), c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM claim_record WHERE id = ?")) {
                s.setString(1, claimId);
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<ClaimRecord> find(String claimId) {
        return tx.read(Message.of("claims.store.read"), c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM claim_record WHERE id = ?")) {
                s.setString(1, claimId);
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next() ? Optional.of(record(rows)) : Optional.<ClaimRecord>empty();
                }
            }
        });
    }

    static ClaimRecord record(ResultSet rows) throws SQLException {
        return new ClaimRecord(rows.getString("id"), rows.getString("statement"), rows.getString("gloss"),
                Columns.getInstant(rows, "created_at"), rows.getString("created_by"));
    }

    @Override
    public List<ClaimRecordSummary> summaries() {
        return tx.read(Message.of("claims.store.read"), c -> {
            List<ClaimRecordSummary> list = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(ClaimQueries.SUMMARIES); ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    list.add(new ClaimRecordSummary(record(rows), rows.getInt("appearances"), rows.getInt("speakers"),
                            rows.getInt("outlets"), Columns.getDate(rows, "first_seen"), Columns.getDate(rows, "last_seen"),
                            rows.getBoolean("rated")));
                }
            }
            return list;
        });
    }

    @Override
    public void addStance(ClaimStance stance) {
        tx.write(Message.of("claims.store.stance", stance.spanId()), c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO claim_stance (span_id, claim_id, stance) VALUES (?, ?, ?)")) {
                s.setString(1, stance.spanId());
                s.setString(2, stance.claimId());
                Columns.setEnum(s, 3, stance.stance());
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void removeStance(ClaimStance stance) {
        tx.write(Message.of("claims.store.stance", stance.spanId()), c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM claim_stance WHERE span_id = ? AND claim_id = ?")) {
                s.setString(1, stance.spanId());
                s.setString(2, stance.claimId());
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<ClaimStance> stancesOf(String claimId) {
        return stances(" WHERE claim_id = ?", claimId);
    }

    @Override
    public Optional<ClaimStance> stanceOfSpan(String spanId) {
        return stances(" WHERE span_id = ?", spanId).stream().findFirst();
    }

    @Override
    public List<ClaimStance> allStances() {
        return stances("", null);
    }

    private List<ClaimStance> stances(String where, String value) {
        return tx.read(Message.of("claims.store.read"), c -> {
            List<ClaimStance> list = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT span_id, claim_id, stance FROM claim_stance" + where
                    + " ORDER BY claim_id, span_id")) {
                if (value != null) {
                    s.setString(1, value);
                }
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        list.add(new ClaimStance(rows.getString("claim_id"), rows.getString("span_id"),
                                Columns.getEnum(rows, "stance", Stance.class)));
                    }
                }
            }
            return list;
        });
    }

    @Override
    public List<ClaimAppearance> appearances(String claimId) {
        return tx.read(Message.of("claims.store.read"), c -> appearances(c, claimId));
    }

    private static List<ClaimAppearance> appearances(Connection c, String claimId) throws SQLException {
        Map<String, ClaimAppearance> bySpan = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(ClaimQueries.APPEARANCES)) {
            s.setString(1, claimId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    String spanId = rows.getString("span_id");
                    if (bySpan.containsKey(spanId)) {
                        continue; // a claim expressed by two quotes: the first one is its quote
                    }
                    bySpan.put(spanId, ClaimQueries.appearance(claimId, rows));
                }
            }
        }
        return new ArrayList<>(bySpan.values());
    }

    @Override
    public Optional<String> documentOfClaimSpan(String spanId) {
        return tx.read(Message.of("claims.store.read"), c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT st.document_id FROM span s JOIN annotation_set st "
                    + "ON st.id = s.set_id WHERE s.id = ? AND s.layer = 'CLAIM'")) {
                s.setString(1, spanId);
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public List<Map.Entry<String, String>> spanTexts() {
        return tx.read(Message.of("claims.store.read"), c -> {
            List<Map.Entry<String, String>> list = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT cs.claim_id, SUBSTRING(d.text, s.start_offset + 1, "
                    + "s.end_offset - s.start_offset) FROM claim_stance cs JOIN span s ON s.id = cs.span_id "
                    + "JOIN annotation_set st ON st.id = s.set_id JOIN document d ON d.id = st.document_id");
                 ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    list.add(Map.entry(rows.getString(1), rows.getString(2)));
                }
            }
            return list;
        });
    }

    @Override
    public void putRating(ClaimRating rating) {
        ratings.put(rating);
    }

    @Override
    public void removeRating(String claimId) {
        ratings.remove(claimId);
    }

    @Override
    public Optional<ClaimRating> rating(String claimId) {
        return ratings.find(claimId);
    }

    @Override
    public RatingScale scale() {
        return ratings.scale();
    }

    @Override
    public void putScale(RatingScale scale) {
        ratings.putScale(scale);
    }

    @Override
    public Optional<String> setting(String name) {
        return ratings.setting(name);
    }

    @Override
    public void putSetting(String name, String value) {
        ratings.putSetting(name, value);
    }
}
