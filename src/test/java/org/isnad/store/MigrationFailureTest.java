package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.isnad.service.StorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What happens when a schema migration fails half-way on H2, and what the runner does about it
 * (docs/adr/0002-own-migration-runner.md): H2 commits each DDL statement and everything before it,
 * so a migration cannot be undone as a whole; the runner keeps per-statement progress and the next
 * start continues with the statement that failed.
 */
class MigrationFailureTest {
    @TempDir
    Path dir;

    private static final Migration NOTES = Migration.of("V1__notes.sql", """
            CREATE TABLE note (id INT PRIMARY KEY, body VARCHAR NOT NULL);
            INSERT INTO note VALUES (1, 'قال');
            """);

    /** Five statements; the fourth fails while a table named {@code report} is in the way. */
    private static final Migration TAGS = Migration.of("V2__tags_and_reports.sql", """
            INSERT INTO note VALUES (2, 'وأضاف');
            CREATE TABLE tag (id INT PRIMARY KEY, name VARCHAR NOT NULL);
            INSERT INTO tag VALUES (1, 'اقتباس');
            CREATE TABLE report (id INT PRIMARY KEY, note_id INT NOT NULL);
            INSERT INTO report VALUES (1, 2);
            """);

    private Connection connect() throws SQLException {
        return RawDatabase.connect(dir.resolve("isnad"));
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.append(i > 1 ? " " : "").append(r.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static List<String> tables(Connection c) throws SQLException {
        return rows(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC' ORDER BY table_name");
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.execute();
        }
    }

    @Test
    void h2CommitsEachDdlStatementWithEverythingBeforeItEvenWhenTheStatementFails() throws Exception {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            execute(c, "CREATE TABLE note (id INT PRIMARY KEY, body VARCHAR NOT NULL)");
            execute(c, "INSERT INTO note VALUES (1, 'before a CREATE')");
            execute(c, "CREATE TABLE tag (id INT PRIMARY KEY)");
            execute(c, "INSERT INTO note VALUES (2, 'before a failing ALTER')");
            assertThrows(SQLException.class, () -> execute(c, "ALTER TABLE note ADD CONSTRAINT small CHECK (id < 2)"));
            execute(c, "INSERT INTO note VALUES (3, 'after the last DDL')");
            c.rollback();
            assertEquals(List.of("NOTE", "TAG"), tables(c), "the tables stay");
            assertEquals(List.of("1 before a CREATE", "2 before a failing ALTER"), rows(c, "SELECT id, body FROM note ORDER BY id"),
                    "rows written before a DDL statement were committed by it, even by one that failed; only the last one is rolled back");
        }
    }

    @Test
    void aMigrationThatFailsHalfWayKeepsTheStatementsBeforeTheFailedOneAndTheNextStartContinuesThere() throws Exception {
        Migrations runner = new Migrations(List.of(NOTES, TAGS));
        try (Connection c = connect()) {
            assertEquals(List.of(1), new Migrations(List.of(NOTES)).migrate(c, "test.mv.db"));
            // something in the way of statement 4, as a constraint the data breaks or a full disk would be
            execute(c, "CREATE TABLE report (id INT PRIMARY KEY)");

            StorageException e = assertThrows(StorageException.class, () -> runner.migrate(c, "test.mv.db"));
            assertTrue(e.getMessage().contains("statement 4 of 5 of schema migration V2__tags_and_reports.sql"), e.getMessage());
            assertTrue(e.getMessage().contains("the next start continues with this one"), e.getMessage());

            // what is left: the first three statements, all of them committed; V2 is not recorded as applied
            assertEquals(List.of("1 قال", "2 وأضاف"), rows(c, "SELECT id, body FROM note ORDER BY id"));
            assertEquals(List.of("1 اقتباس"), rows(c, "SELECT id, name FROM tag"));
            assertEquals(List.of("1"), rows(c, "SELECT version FROM schema_history"));
            assertEquals(List.of("2 " + TAGS.checksum() + " 3"), rows(c, "SELECT version, checksum, statements_done FROM schema_progress"));
            // why the runner cannot simply run V2 again from its start: its first statements cannot run twice
            assertThrows(SQLException.class, () -> execute(c, TAGS.statements().get(0)));
            assertThrows(SQLException.class, () -> execute(c, TAGS.statements().get(1)));
            c.rollback();

            // the same start again: it fails at the same statement, and runs none of the earlier ones again
            assertThrows(StorageException.class, () -> runner.migrate(c, "test.mv.db"));
            assertEquals(List.of("1 اقتباس"), rows(c, "SELECT id, name FROM tag"));

            // once the cause is gone, the next start continues with statement 4 and records V2
            execute(c, "DROP TABLE report");
            c.commit();
        }
        try (Connection c = connect()) {
            assertEquals(List.of(2), runner.migrate(c, "test.mv.db"));
            assertEquals(List.of("1 2"), rows(c, "SELECT id, note_id FROM report"));
            assertEquals(List.of("1 اقتباس"), rows(c, "SELECT id, name FROM tag"), "statement 3 ran once");
            assertEquals(List.of("1 قال", "2 وأضاف"), rows(c, "SELECT id, body FROM note ORDER BY id"), "statement 1 ran once");
            assertEquals(List.of("1", "2"), rows(c, "SELECT version FROM schema_history ORDER BY version"));
            assertEquals(List.of(), rows(c, "SELECT version FROM schema_progress"), "the progress goes with the record of V2");
            assertEquals(List.of(), runner.migrate(c, "test.mv.db"));
        }
    }

    @Test
    void aMigrationStoppedHalfWayByADifferentBuildIsRefused() throws Exception {
        try (Connection c = connect()) {
            new Migrations(List.of(NOTES)).migrate(c, "test.mv.db");
            execute(c, "CREATE TABLE report (id INT PRIMARY KEY)");
            assertThrows(StorageException.class, () -> new Migrations(List.of(NOTES, TAGS)).migrate(c, "test.mv.db"));
            execute(c, "DROP TABLE report");
            c.commit();
            Migration changed = Migration.of("V2__tags_and_reports.sql", TAGS.sql().replace("اقتباس", "ادعاء"));

            StorageException e = assertThrows(StorageException.class, () -> new Migrations(List.of(NOTES, changed)).migrate(c, "test.mv.db"));
            assertTrue(e.getMessage().contains("V2__tags_and_reports.sql was stopped half-way (after 3 statements) by a different build"),
                    e.getMessage());
            assertEquals(List.of("1"), rows(c, "SELECT version FROM schema_history"), "nothing more was applied");
            assertEquals(List.of(), tables(c).stream().filter("REPORT"::equals).toList());
        }
    }

    @Test
    void aMigrationStoppedHalfWayByANewerIsnadIsRefused() throws Exception {
        try (Connection c = connect()) {
            Migrations runner = new Migrations(List.of(NOTES, TAGS));
            runner.migrate(c, "test.mv.db");
            execute(c, "INSERT INTO schema_progress VALUES (9, '" + "ef".repeat(32) + "', 2)");
            c.commit();
            StorageException e = assertThrows(StorageException.class, () -> runner.migrate(c, "test.mv.db"));
            assertTrue(e.getMessage().contains("being upgraded by a newer Isnad (schema version 9); this version knows up to 2"),
                    e.getMessage());
        }
    }

    @Test
    void aShippedDatabaseHasNoProgressLeft() throws Exception {
        H2Store.open(dir.resolve("isnad")).close();
        try (Connection c = connect()) {
            assertEquals(List.of(), rows(c, "SELECT version FROM schema_progress"));
            assertEquals(Migrations.shipped().known().size(), rows(c, "SELECT version FROM schema_history").size());
        }
    }
}
