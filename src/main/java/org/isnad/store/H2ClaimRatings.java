package org.isnad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.domain.ClaimRating;
import org.isnad.domain.RatingLevel;
import org.isnad.domain.RatingScale;
import org.isnad.message.Message;

/** Ratings of claim records ({@code claim_rating}, {@code claim_rating_evidence}), the rating scale and the export settings. */
final class H2ClaimRatings {
    private final H2Transactions tx;

    H2ClaimRatings(H2Transactions tx) {
        this.tx = tx;
    }

    void put(ClaimRating r) {
        tx.write(Message.of("claims.store.rating", r.claimId()), c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM claim_rating WHERE claim_id = ?")) {
                delete.setString(1, r.claimId());
                delete.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO claim_rating (claim_id, rating_value, best_rating, "
                    + "worst_rating, label, label_english, explanation, reviewer, rated_at, public_key, signature) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, r.claimId());
                s.setInt(2, r.value());
                s.setInt(3, r.best());
                s.setInt(4, r.worst());
                s.setString(5, r.label());
                s.setString(6, r.labelEnglish());
                s.setString(7, r.explanation());
                s.setString(8, r.reviewer());
                Columns.setInstant(s, 9, r.ratedAt());
                s.setString(10, r.publicKey());
                s.setString(11, r.signature());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO claim_rating_evidence (claim_id, position, url) VALUES (?, ?, ?)")) {
                for (int i = 0; i < r.evidence().size(); i++) {
                    s.setString(1, r.claimId());
                    s.setInt(2, i);
                    s.setString(3, r.evidence().get(i));
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    void remove(String claimId) {
        tx.write(Message.of("claims.store.rating", claimId), c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM claim_rating WHERE claim_id = ?")) {
                delete.setString(1, claimId);
                delete.executeUpdate();
            }
            return null;
        });
    }

    Optional<ClaimRating> find(String claimId) {
        return tx.read(Message.of("claims.store.read"), c -> {
            List<String> evidence = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT url FROM claim_rating_evidence WHERE claim_id = ? ORDER BY position")) {
                s.setString(1, claimId);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        evidence.add(rows.getString(1));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM claim_rating WHERE claim_id = ?")) {
                s.setString(1, claimId);
                try (ResultSet rows = s.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.<ClaimRating>empty();
                    }
                    return Optional.of(new ClaimRating(claimId, rows.getInt("rating_value"), rows.getInt("best_rating"),
                            rows.getInt("worst_rating"), rows.getString("label"), rows.getString("label_english"),
                            rows.getString("explanation"), evidence, rows.getString("reviewer"),
                            Columns.getInstant(rows, "rated_at"), rows.getString("public_key"), rows.getString("signature")));
                }
            }
        });
    }

    RatingScale scale() {
        return tx.read(Message.of("claims.store.read"), c -> {
            List<RatingLevel> levels = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM rating_level ORDER BY rating_value DESC");
                 ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    levels.add(new RatingLevel(rows.getInt("rating_value"), rows.getString("label_ar"), rows.getString("label_en")));
                }
            }
            return levels.size() < 2 ? RatingScale.standard() : new RatingScale(levels);
        });
    }

    void putScale(RatingScale scale) {
        tx.write(Message.of("claims.store.scale"), c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM rating_level")) {
                delete.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO rating_level (rating_value, label_ar, label_en) VALUES (?, ?, ?)")) {
                for (RatingLevel level : scale.levels()) {
                    s.setInt(1, level.value());
                    s.setString(2, level.labelArabic());
                    s.setString(3, level.labelEnglish());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    Optional<String> setting(String name) {
        return tx.read(Message.of("claims.store.read"), c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT setting_value FROM claim_setting WHERE name = ?")) {
                s.setString(1, name);
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    void putSetting(String name, String value) {
        tx.write(Message.of("claims.store.setting", name), c -> {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO claim_setting (name, setting_value) KEY (name) VALUES (?, ?)")) {
                s.setString(1, name);
                s.setString(2, value);
                s.executeUpdate();
            }
            return null;
        });
    }
}
