package org.isnad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.message.Message;
import org.isnad.service.StorageException;

/**
 * Brings a database up to the schema this program knows, from the versioned SQL files in
 * {@code db/migration/} (listed, in order of increasing version, gaps allowed, in {@code index.txt}). Each
 * migration, once all its statements ran, is recorded in {@code schema_history} with the SHA-256 of its
 * file. A database whose recorded checksums differ from the files, or that was written by a newer
 * Isnad, is refused.
 *
 * <p>A migration is not one transaction: H2 commits each CREATE/ALTER/DROP on its own, together with
 * what came before it. So each statement is committed with a row in {@code schema_progress}
 * ({@link MigrationProgress}); a migration that fails half-way keeps the statements before the failed
 * one, and the next start continues with the failed statement (docs/adr/0002-own-migration-runner.md).
 */
public final class Migrations {
    public static final String DEFAULT_FOLDER = "db/migration";
    static final String INDEX = "index.txt";
    static final String POSTGRESQL_FOLDER = "postgresql";
    /** PostgreSQL has no CLOB; the migrations say CLOB, so on PostgreSQL it is a name for text. */
    private static final String CLOB_DOMAIN = "DO $$ BEGIN CREATE DOMAIN clob AS text; "
            + "EXCEPTION WHEN duplicate_object THEN NULL; END $$";
    /** Two programs starting at once on one server: the second waits for the first one's migrations. */
    private static final long MIGRATION_LOCK = 0x15_4E_AD_00L;

    private final List<Migration> known;

    Migrations(List<Migration> known) {
        this.known = List.copyOf(known);
        // Versions must increase in index order but may leave gaps: a number can be reserved for a
        // change still being made elsewhere (V2 was, while V3 was written).
        int previous = 0;
        for (int i = 0; i < this.known.size(); i++) {
            int version = this.known.get(i).version();
            if (version <= previous) {
                throw new IllegalStateException("migrations must have increasing version numbers in index order; found "
                        + this.known.get(i).fileName() + " at place " + (i + 1) + " after version " + previous);
            }
            previous = version;
        }
    }

    /** The migrations shipped with this program. */
    public static Migrations shipped() {
        return fromClasspath(DEFAULT_FOLDER);
    }

    /** The migrations shipped with this program, as run on {@code dialect}. */
    static Migrations shipped(Dialect dialect) {
        return fromClasspath(DEFAULT_FOLDER, dialect);
    }

    /** Reads a folder of migrations from the classpath, in the order its index file gives. */
    static Migrations fromClasspath(String folder) {
        return fromClasspath(folder, Dialect.H2);
    }

    /**
     * Reads a folder of migrations; on PostgreSQL a file of the same name in the subfolder
     * {@code postgresql/} (when there is one) replaces the plain file: most migrations need none.
     */
    static Migrations fromClasspath(String folder, Dialect dialect) {
        ClassLoader loader = Migrations.class.getClassLoader();
        List<Migration> migrations = new ArrayList<>();
        for (String line : read(loader, folder + "/" + INDEX).split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                String variant = folder + "/" + POSTGRESQL_FOLDER + "/" + name;
                boolean hasVariant = dialect == Dialect.POSTGRESQL && loader.getResource(variant) != null;
                migrations.add(Migration.of(name, read(loader, hasVariant ? variant : folder + "/" + name)));
            }
        }
        return new Migrations(migrations);
    }

    /** Whether {@code connection}'s database still lacks a migration this program knows (nothing is changed). */
    public boolean pending(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            boolean found = false;
            while (tables.next()) {
                found |= tables.getString("TABLE_NAME").equalsIgnoreCase("schema_history");
            }
            if (!found) {
                return !known.isEmpty();
            }
        }
        return applied(connection).size() < known.size();
    }

    /** Refuses a database that a newer Isnad brought beyond the versions this program knows (nothing is changed). */
    void refuseNewer(Connection connection, String location) throws SQLException {
        int newest = applied(connection).keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (newest > latestVersion()) {
            throw new StorageException(Message.of("store.schema.newer", location, newest, latestVersion()));
        }
    }

    /** The highest version this program knows (0 when it knows none). */
    public int latestVersion() {
        return known.isEmpty() ? 0 : known.get(known.size() - 1).version();
    }

    List<Migration> known() {
        return known;
    }

    /**
     * Checks what was applied before and applies what is missing.
     *
     * @return the versions applied now (empty when the database was up to date)
     */
    public List<Integer> migrate(Connection connection, String location) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            boolean server = Dialect.of(connection) == Dialect.POSTGRESQL;
            if (server) {
                execute(connection, "SELECT pg_advisory_lock(" + MIGRATION_LOCK + ")");
                execute(connection, CLOB_DOMAIN);
                connection.commit();
            }
            try {
                createHistoryTable(connection);
                MigrationProgress.createTable(connection);
                Map<Integer, String> applied = applied(connection);
                Map<Integer, MigrationProgress.Partial> partial = MigrationProgress.read(connection);
                check(applied, location);
                checkPartial(partial, location);
                List<Integer> appliedNow = new ArrayList<>();
                for (Migration m : known) {
                    if (!applied.containsKey(m.version())) {
                        MigrationProgress.Partial earlier = partial.get(m.version());
                        apply(connection, m, earlier == null ? 0 : earlier.statementsDone(), location);
                        appliedNow.add(m.version());
                    }
                }
                return appliedNow;
            } finally {
                if (server) {
                    connection.rollback();
                    execute(connection, "SELECT pg_advisory_unlock(" + MIGRATION_LOCK + ")");
                    connection.commit();
                }
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw StorageErrors.failed(Message.of("store.do.schema.version"), location, e);
        }
    }

    private void check(Map<Integer, String> applied, String location) {
        int newest = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (newest > latestVersion()) {
            throw new StorageException(Message.of("store.schema.newer", location, newest, latestVersion()));
        }
        for (Migration m : known) {
            String checksum = applied.get(m.version());
            if (checksum == null) {
                if (m.version() < newest) {
                    throw new StorageException(Message.of("store.schema.gap", location, m.fileName()));
                }
            } else if (!checksum.equals(m.checksum())) {
                throw new StorageException(Message.of("store.schema.changed",
                        location, m.fileName(), checksum, m.checksum()));
            }
        }
    }

    /**
     * A migration stopped half-way is continued only by the same file; a different build's file may
     * differ in the statements already applied, so that database is refused.
     */
    private void checkPartial(Map<Integer, MigrationProgress.Partial> partial, String location) {
        for (Migration m : known) {
            MigrationProgress.Partial p = partial.get(m.version());
            if (p != null && !p.checksum().equals(m.checksum())) {
                throw new StorageException(Message.of("store.schema.partial.other.build", location, m.fileName(),
                        p.statementsDone(), p.checksum()));
            }
        }
        for (int version : partial.keySet()) {
            if (version > latestVersion()) {
                throw new StorageException(Message.of("store.schema.partial.newer", location, version, latestVersion()));
            }
        }
    }

    /** Runs the statements from {@code from} on, each committed with its progress, then records the migration. */
    private static void apply(Connection connection, Migration m, int from, String location) {
        List<String> statements = m.statements();
        int i = from;
        try {
            for (; i < statements.size(); i++) {
                try (PreparedStatement statement = connection.prepareStatement(statements.get(i))) {
                    statement.execute();
                }
                MigrationProgress.record(connection, m, i + 1);
                connection.commit();
            }
            MigrationProgress.clear(connection, m);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO schema_history (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                insert.setInt(1, m.version());
                insert.setString(2, m.description());
                insert.setString(3, m.checksum());
                Columns.setInstant(insert, 4, Instant.now().truncatedTo(ChronoUnit.MILLIS));
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            Message what = i < statements.size()
                    ? Message.of("store.do.migrate.statement", i + 1, statements.size(), m.fileName(), i)
                    : Message.of("store.do.migrate.record", m.fileName());
            throw StorageErrors.failed(what, location, e);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }

    private static void createHistoryTable(Connection connection) throws SQLException {
        try (PreparedStatement create = connection.prepareStatement("CREATE TABLE IF NOT EXISTS schema_history ("
                + "version INT NOT NULL PRIMARY KEY, "
                + "description VARCHAR NOT NULL, "
                + "checksum CHAR(64) NOT NULL, "
                + "applied_at TIMESTAMP(3) WITH TIME ZONE NOT NULL)")) {
            create.execute();
        }
        connection.commit();
    }

    private static Map<Integer, String> applied(Connection connection) throws SQLException {
        Map<Integer, String> applied = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT version, checksum FROM schema_history ORDER BY version");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                applied.put(rows.getInt(1), rows.getString(2));
            }
        }
        return applied;
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema migration resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema migration resource " + resource, e);
        }
    }
}
