package org.isnad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.isnad.domain.ReviewStep;
import org.isnad.domain.SetState;
import org.isnad.domain.SignOff;
import org.isnad.domain.StateChange;
import org.isnad.domain.Verdict;
import org.isnad.domain.VerdictKind;
import org.isnad.message.Message;
import org.isnad.service.ReviewRepository;
import org.isnad.service.StorageException;

/** Verdicts ({@code verdict}), sign-offs ({@code sign_off}) and review history ({@code review_step}). */
final class H2ReviewRepository implements ReviewRepository {
    private final H2Transactions tx;

    H2ReviewRepository(H2Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<Verdict> verdictsOf(String setId) {
        return tx.read(Message.of("store.do.verdicts.read", setId), c -> {
            List<Verdict> verdicts = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT span_id, kind, comment, reviewer, given_at, span_digest FROM verdict WHERE set_id = ? ORDER BY span_id")) {
                select.setString(1, setId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        verdicts.add(new Verdict(rows.getString("span_id"), Columns.getEnum(rows, "kind", VerdictKind.class),
                                rows.getString("comment"), rows.getString("reviewer"), Columns.getInstant(rows, "given_at"),
                                rows.getString("span_digest")));
                    }
                }
            }
            return verdicts;
        });
    }

    @Override
    public void saveVerdict(String setId, Verdict v) {
        tx.write(Message.of("store.do.verdict.save", v.spanId()), c -> {
            try (PreparedStatement merge = c.prepareStatement(
                    Dialect.upsert(c, "verdict", "span_id, set_id, kind, comment, reviewer, given_at, span_digest", "span_id"))) {
                merge.setString(1, v.spanId());
                merge.setString(2, setId);
                Columns.setEnum(merge, 3, v.kind());
                merge.setString(4, v.comment());
                merge.setString(5, v.reviewer());
                Columns.setInstant(merge, 6, v.at());
                merge.setString(7, v.spanDigest());
                merge.executeUpdate();
            } catch (SQLException e) {
                if (StorageErrors.isMissingParent(e)) {
                    throw refused(Message.of("store.verdict.no.annotation", v.spanId(), setId), e);
                }
                throw e;
            }
            return null;
        });
    }

    @Override
    public void removeVerdict(String setId, String spanId) {
        tx.write(Message.of("store.do.verdict.clear", spanId), c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM verdict WHERE span_id = ? AND set_id = ?")) {
                delete.setString(1, spanId);
                delete.setString(2, setId);
                if (delete.executeUpdate() == 0) {
                    throw refused(Message.of("store.verdict.missing.clear", spanId, setId), null);
                }
            }
            return null;
        });
    }

    @Override
    public void addSignOff(SignOff s) {
        tx.write(Message.of("store.do.signoff.save", s.reviewer()), c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO sign_off (id, set_id, document_id, reviewer, "
                    + "public_key, signed_at, digest, signature, superseded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, s.id());
                insert.setString(2, s.setId());
                insert.setString(3, s.documentId());
                insert.setString(4, s.reviewer());
                insert.setString(5, s.publicKey());
                Columns.setInstant(insert, 6, s.signedAt());
                insert.setString(7, s.digest());
                insert.setString(8, s.signature());
                insert.setBoolean(9, s.superseded());
                insert.executeUpdate();
            } catch (SQLException e) {
                if (StorageErrors.isDuplicate(e)) {
                    throw refused(Message.of("store.signoff.duplicate", s.id()), e);
                }
                if (StorageErrors.isMissingParent(e)) {
                    throw refused(Message.of("store.signoff.no.set", s.setId(), s.documentId()), e);
                }
                throw e;
            }
            return null;
        });
    }

    @Override
    public List<SignOff> signOffsOf(String setId) {
        return tx.read(Message.of("store.do.signoffs.read", setId), c -> {
            List<SignOff> list = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT id, set_id, document_id, reviewer, public_key, "
                    + "signed_at, digest, signature, superseded FROM sign_off WHERE set_id = ? ORDER BY position")) {
                select.setString(1, setId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        list.add(new SignOff(rows.getString("id"), rows.getString("set_id"), rows.getString("document_id"),
                                rows.getString("reviewer"), rows.getString("public_key"), Columns.getInstant(rows, "signed_at"),
                                rows.getString("digest"), rows.getString("signature"), rows.getBoolean("superseded")));
                    }
                }
            }
            return list;
        });
    }

    @Override
    public int supersedeSignOffs(String setId) {
        return tx.write(Message.of("store.do.signoffs.supersede", setId), c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE sign_off SET superseded = TRUE WHERE set_id = ? AND superseded = FALSE")) {
                update.setString(1, setId);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public void addStateChange(StateChange s) {
        tx.write(Message.of("store.do.state.change.save", s.step(), s.setId()), c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO review_step "
                    + "(set_id, step, from_state, to_state, user_name, at, comment) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, s.setId());
                Columns.setEnum(insert, 2, s.step());
                Columns.setEnum(insert, 3, s.from());
                Columns.setEnum(insert, 4, s.to());
                insert.setString(5, s.user());
                Columns.setInstant(insert, 6, s.at());
                insert.setString(7, s.comment());
                insert.executeUpdate();
            } catch (SQLException e) {
                if (StorageErrors.isMissingParent(e)) {
                    throw refused(Message.of("store.state.change.no.set", s.setId()), e);
                }
                throw e;
            }
            return null;
        });
    }

    @Override
    public List<StateChange> stateChangesOf(String setId) {
        return tx.read(Message.of("store.do.history.read", setId), c -> {
            List<StateChange> list = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT sequence, set_id, step, from_state, to_state, "
                    + "user_name, at, comment FROM review_step WHERE set_id = ? ORDER BY sequence")) {
                select.setString(1, setId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        list.add(new StateChange(rows.getLong("sequence"), rows.getString("set_id"),
                                Columns.getEnum(rows, "step", ReviewStep.class), Columns.getEnum(rows, "from_state", SetState.class),
                                Columns.getEnum(rows, "to_state", SetState.class), rows.getString("user_name"),
                                Columns.getInstant(rows, "at"), rows.getString("comment")));
                    }
                }
            }
            return list;
        });
    }

    private StorageException refused(Message message, SQLException cause) {
        return new StorageException(Message.of("store.in.database", message, tx.location()), cause);
    }
}
