package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.message.Message;
import org.isnad.service.ActorRepository;
import org.isnad.service.ConcurrentChangeException;
import org.isnad.service.StorageException;

/** The actor registry: one row per actor in {@code actor}, its aliases in order in {@code actor_alias}. */
final class H2ActorRepository implements ActorRepository {
    private static final String COLUMNS = "id, canonical_name, latin_name, kind, role, wikidata_id";
    private static final String SELECT = "SELECT a.id, a.canonical_name, a.latin_name, a.kind, a.role, a.wikidata_id FROM actor a ";
    private static final String BY_ID = "WHERE a.id = ?";

    private final H2Transactions tx;

    H2ActorRepository(H2Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void add(Actor actor) {
        tx.write(Message.of("store.do.actor.save", actor.canonicalName()), c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO actor (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, actor.id());
                setFields(insert, 2, actor);
                insert.executeUpdate();
            } catch (SQLException e) {
                if (StorageErrors.isDuplicate(e)) {
                    throw new StorageException(Message.of("store.in.database",
                            Message.of("store.actor.duplicate", actor.id()), tx.location()), e);
                }
                throw e;
            }
            insertAliases(c, actor);
            return null;
        });
    }

    @Override
    public void update(Actor actor) {
        tx.write(Message.of("store.do.actor.update", actor.canonicalName()), c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE actor SET canonical_name = ?, latin_name = ?, kind = ?, role = ?, wikidata_id = ? WHERE id = ?")) {
                setFields(update, 1, actor);
                update.setString(6, actor.id());
                if (update.executeUpdate() == 0) {
                    throw new StorageException(Message.of("store.in.database",
                            Message.of("store.actor.missing.update", actor.id(), actor.canonicalName()), tx.location()));
                }
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM actor_alias WHERE actor_id = ?")) {
                delete.setString(1, actor.id());
                delete.executeUpdate();
            }
            insertAliases(c, actor);
            return null;
        });
    }

    @Override
    public void update(Actor seen, Actor actor) {
        tx.write(Message.of("store.do.actor.update", actor.canonicalName()), c -> {
            RowLock.lock(c, "actor", seen.id());
            Optional<Actor> now = query(c, BY_ID, seen.id()).stream().findFirst();
            if (now.isPresent() && !now.get().equals(seen)) {
                throw new ConcurrentChangeException(Message.of("store.conflict.actor", seen.canonicalName(),
                        now.get().canonicalName()));
            }
            update(actor);
            return null;
        });
    }

    @Override
    public void remove(String actorId) {
        tx.write(Message.of("store.do.actor.remove", actorId), c -> {
            Actor actor = query(c, BY_ID, actorId).stream().findFirst().orElseThrow(() ->
                    new StorageException(Message.of("store.in.database", Message.of("store.actor.missing.remove", actorId),
                            tx.location())));
            int uses = annotationsNaming(c, actorId);
            if (uses > 0) {
                throw new StorageException(Message.of("store.actor.in.use", actor.canonicalName(), uses));
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM actor WHERE id = ?")) {
                delete.setString(1, actorId);
                delete.executeUpdate();
            } catch (SQLException e) {
                if (StorageErrors.isStillReferenced(e)) {
                    throw new StorageException(Message.of("store.actor.referenced", actor.canonicalName()), e);
                }
                throw e;
            }
            return null;
        });
    }

    @Override
    public Optional<Actor> find(String actorId) {
        return tx.read(Message.of("store.do.actor.read", actorId), c -> query(c, BY_ID, actorId).stream().findFirst());
    }

    @Override
    public List<Actor> all() {
        return tx.read(Message.of("store.do.actors.list"), c -> query(c, "", null));
    }

    private static int annotationsNaming(Connection c, String actorId) throws SQLException {
        try (PreparedStatement count = c.prepareStatement(
                "SELECT COUNT(*) FROM span WHERE actor_id = ? OR implicit_speaker_actor_id = ? OR claimant_actor_id = ?")) {
            count.setString(1, actorId);
            count.setString(2, actorId);
            count.setString(3, actorId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /**
     * Actors (one id with {@link #BY_ID}, or all when {@code where} is empty) ordered by name, each with
     * its aliases; {@code where} is always one of those two constants, never user text.
     */
    private static List<Actor> query(Connection c, String where, String id) throws SQLException {
        Map<String, List<String>> aliases = aliases(c, where, id);
        List<Actor> actors = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(SELECT + where + " ORDER BY a.canonical_name, a.id")) {
            if (id != null) {
                select.setString(1, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String actorId = rows.getString("id");
                    actors.add(new Actor(actorId, rows.getString("canonical_name"), rows.getString("latin_name"),
                            aliases.getOrDefault(actorId, List.of()), Columns.getEnum(rows, "kind", ActorKind.class),
                            rows.getString("role"), rows.getString("wikidata_id")));
                }
            }
        }
        return actors;
    }

    private static Map<String, List<String>> aliases(Connection c, String where, String id) throws SQLException {
        Map<String, List<String>> aliases = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT al.actor_id, al.alias FROM actor_alias al "
                + "JOIN actor a ON a.id = al.actor_id " + where + " ORDER BY al.actor_id, al.position")) {
            if (id != null) {
                select.setString(1, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    aliases.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        return aliases;
    }

    private static void setFields(PreparedStatement statement, int first, Actor actor) throws SQLException {
        statement.setString(first, actor.canonicalName());
        statement.setString(first + 1, actor.latinName());
        Columns.setEnum(statement, first + 2, actor.kind());
        statement.setString(first + 3, actor.role());
        statement.setString(first + 4, actor.wikidataId());
    }

    private static void insertAliases(Connection c, Actor actor) throws SQLException {
        if (actor.aliases().isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO actor_alias (actor_id, position, alias) VALUES (?, ?, ?)")) {
            for (int i = 0; i < actor.aliases().size(); i++) {
                insert.setString(1, actor.id());
                insert.setInt(2, i);
                insert.setString(3, actor.aliases().get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
