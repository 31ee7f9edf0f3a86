package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.domain.Actor;
import org.isnad.domain.Layer;
import org.isnad.domain.QuoteType;
import org.isnad.domain.SetState;
import org.isnad.domain.VerdictKind;
import org.isnad.message.Message;
import org.isnad.service.ActorEntry;
import org.isnad.service.ActorLinks;
import org.isnad.service.ActorRepository;
import org.isnad.service.ActorRole;
import org.isnad.service.ActorStatement;
import org.isnad.service.DirectoryRepository;

/**
 * The speaker directory on H2. An actor says a quote when the quote is attributed to a mention of
 * it (ATTRIBUTED_TO → SPEAKER span) or names it as implicit speaker; it makes a claim when it is the
 * claimant or the claim is CLAIMED_BY a mention of it. Mentions alone count towards its documents.
 */
final class H2Directory implements DirectoryRepository {
    /** (actor, span, layer, document) for every quote, claim and mention of any actor. */
    private static final String SAID = """
            SELECT q.implicit_speaker_actor_id AS actor_id, q.id AS span_id, 'QUOTE' AS layer, a.document_id
              FROM span q JOIN annotation_set a ON a.id = q.set_id WHERE q.implicit_speaker_actor_id IS NOT NULL
            UNION SELECT s.actor_id, k.from_span_id, CASE k.type WHEN 'ATTRIBUTED_TO' THEN 'QUOTE' ELSE 'CLAIM' END,
                         a.document_id
              FROM link k JOIN span s ON s.id = k.to_span_id JOIN annotation_set a ON a.id = k.set_id
              WHERE k.type IN ('ATTRIBUTED_TO', 'CLAIMED_BY') AND s.actor_id IS NOT NULL
            UNION SELECT c.claimant_actor_id, c.id, 'CLAIM', a.document_id
              FROM span c JOIN annotation_set a ON a.id = c.set_id WHERE c.claimant_actor_id IS NOT NULL
            UNION SELECT s.actor_id, s.id, 'SPEAKER', a.document_id
              FROM span s JOIN annotation_set a ON a.id = s.set_id WHERE s.actor_id IS NOT NULL""";

    private static final String TALLIES = "SELECT actor_id, SUM(CASE layer WHEN 'QUOTE' THEN 1 ELSE 0 END),"
            + " SUM(CASE layer WHEN 'CLAIM' THEN 1 ELSE 0 END), COUNT(DISTINCT document_id) FROM (" + SAID
            + ") GROUP BY actor_id";

    private final H2Transactions tx;
    private final ActorRepository actors;

    H2Directory(H2Transactions tx, ActorRepository actors) {
        this.tx = tx;
        this.actors = actors;
    }

    @Override
    public List<ActorEntry> tallies() {
        return tx.read(Message.of("store.do.actors.list"), c -> {
            java.util.Map<String, Actor> byId = new java.util.HashMap<>();
            for (Actor a : actors.all()) {
                byId.put(a.id(), a);
            }
            List<ActorEntry> entries = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(TALLIES); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Actor actor = byId.get(rows.getString(1));
                    if (actor != null) {
                        entries.add(new ActorEntry(actor, rows.getInt(2), rows.getInt(3), rows.getInt(4)));
                    }
                }
            }
            return entries;
        });
    }

    @Override
    public List<ActorStatement> statements(String actorId) {
        return tx.read(Message.of("store.do.actor.read", actorId), c -> ActorStatementsQuery.read(c, actorId));
    }

    @Override
    public ActorLinks moveLinks(String fromActor, String toActor) {
        return tx.write(Message.of("store.do.actor.update", fromActor), c -> {
            List<String> speakers = ids(c, "SELECT id FROM span WHERE actor_id = ? ORDER BY id", fromActor);
            List<String> implicit = ids(c, "SELECT id FROM span WHERE implicit_speaker_actor_id = ? ORDER BY id", fromActor);
            List<String> claimants = ids(c, "SELECT id FROM span WHERE claimant_actor_id = ? ORDER BY id", fromActor);
            List<LocalDate> days = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT since FROM actor_role WHERE actor_id = ?"
                    + " AND since NOT IN (SELECT since FROM actor_role WHERE actor_id = ?) ORDER BY since")) {
                select.setString(1, fromActor);
                select.setString(2, toActor);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        days.add(Columns.getDate(rows, "since"));
                    }
                }
            }
            ActorLinks links = new ActorLinks(speakers, implicit, claimants, days);
            point(c, links, fromActor, toActor);
            return links;
        });
    }

    @Override
    public void moveBack(ActorLinks links, String fromActor, String toActor) {
        tx.write(Message.of("store.do.actor.update", toActor), c -> {
            point(c, links, fromActor, toActor);
            return null;
        });
    }

    private static void point(Connection c, ActorLinks links, String fromActor, String toActor) throws SQLException {
        update(c, "UPDATE span SET actor_id = ? WHERE id = ?", toActor, links.speakerSpans());
        update(c, "UPDATE span SET implicit_speaker_actor_id = ? WHERE id = ?", toActor, links.implicitSpeakerQuotes());
        update(c, "UPDATE span SET claimant_actor_id = ? WHERE id = ?", toActor, links.claimantClaims());
        try (PreparedStatement move = c.prepareStatement("UPDATE actor_role SET actor_id = ? WHERE actor_id = ? AND since = ?")) {
            for (LocalDate day : links.roleDays()) {
                move.setString(1, toActor);
                move.setString(2, fromActor);
                Columns.setDate(move, 3, day);
                move.addBatch();
            }
            move.executeBatch();
        }
    }

    private static void update(Connection c, String sql, String actorId, List<String> spanIds) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(sql)) {
            for (String id : spanIds) {
                update.setString(1, actorId);
                update.setString(2, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static List<String> ids(Connection c, String sql, String parameter) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    out.add(rows.getString(1));
                }
            }
        }
        return out;
    }

    @Override
    public Set<String> documentsOf(ActorLinks links) {
        return tx.read(Message.of("store.do.documents.list"), c -> {
            Set<String> documents = new HashSet<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT a.document_id FROM span s JOIN annotation_set a ON a.id = s.set_id WHERE s.id = ?")) {
                List<String> all = new ArrayList<>(links.speakerSpans());
                all.addAll(links.implicitSpeakerQuotes());
                all.addAll(links.claimantClaims());
                for (String id : all) {
                    select.setString(1, id);
                    try (ResultSet rows = select.executeQuery()) {
                        if (rows.next()) {
                            documents.add(rows.getString(1));
                        }
                    }
                }
            }
            return documents;
        });
    }

    @Override
    public Set<String> documentsNaming(String actorId) {
        return tx.read(Message.of("store.do.documents.list"), c -> {
            Set<String> documents = new HashSet<>();
            // one column per query, so that each uses its index
            for (String column : List.of("actor_id", "implicit_speaker_actor_id", "claimant_actor_id")) {
                documents.addAll(ids(c, "SELECT DISTINCT a.document_id FROM span s JOIN annotation_set a ON a.id = s.set_id"
                        + " WHERE s." + column + " = ?", actorId));
            }
            return documents;
        });
    }

    @Override
    public List<ActorRole> roles(String actorId) {
        return tx.read(Message.of("store.do.actor.read", actorId), c -> {
            List<ActorRole> roles = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT since, role FROM actor_role WHERE actor_id = ? ORDER BY since")) {
                select.setString(1, actorId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        roles.add(new ActorRole(Columns.getDate(rows, "since"), rows.getString("role")));
                    }
                }
            }
            return roles;
        });
    }

    @Override
    public void putRole(String actorId, LocalDate since, String role) {
        tx.write(Message.of("store.do.actor.update", actorId), c -> {
            try (PreparedStatement merge = c.prepareStatement(
                    Dialect.upsert(c, "actor_role", "actor_id, since, role", "actor_id, since"))) {
                merge.setString(1, actorId);
                Columns.setDate(merge, 2, since);
                merge.setString(3, role);
                merge.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void removeRole(String actorId, LocalDate since) {
        tx.write(Message.of("store.do.actor.update", actorId), c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM actor_role WHERE actor_id = ? AND since = ?")) {
                delete.setString(1, actorId);
                Columns.setDate(delete, 2, since);
                delete.executeUpdate();
            }
            return null;
        });
    }
}
