package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.domain.Document;
import org.isnad.service.StorageException;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.TempStores;
import org.isnad.text.TextHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MigrationsTest {
    @RegisterExtension
    final TempStores stores = new TempStores();

    private static List<String> history(Path base) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = RawDatabase.connect(base);
             PreparedStatement s = c.prepareStatement("SELECT version, description, checksum, applied_at FROM schema_history ORDER BY version");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(r.getInt(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getString(4));
            }
        }
        return rows;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = MigrationsTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aNewDatabaseRecordsTheShippedMigrationWithItsChecksum() throws Exception {
        H2Store.open(stores.base()).close();
        List<String> history = history(stores.base());
        assertEquals(13, history.size(), "every shipped migration ran: " + history);
        assertEquals(15, Migrations.shipped().latestVersion());
        String sha = TextHash.sha256Hex(resource("db/migration/V1__initial_schema.sql").replace("\r\n", "\n"));
        assertTrue(history.get(0).startsWith("1 initial schema " + sha + " "), history.get(0));
        String sha2 = TextHash.sha256Hex(resource("db/migration/V2__suggestion_rejections.sql").replace("\r\n", "\n"));
        assertTrue(history.get(1).startsWith("2 suggestion rejections " + sha2 + " "), history.get(1));
        String review = TextHash.sha256Hex(resource("db/migration/V3__review.sql").replace("\r\n", "\n"));
        assertTrue(history.get(2).startsWith("3 review " + review + " "), history.get(2));
        String continues = TextHash.sha256Hex(resource("db/migration/V4__continues_link.sql").replace("\r\n", "\n"));
        assertTrue(history.get(3).startsWith("4 continues link " + continues + " "), history.get(3));
        String search = TextHash.sha256Hex(resource("db/migration/V5__search_changes.sql").replace("\r\n", "\n"));
        assertTrue(history.get(4).startsWith("5 search changes " + search + " "), history.get(4));
        String corpus = TextHash.sha256Hex(resource("db/migration/V6__corpus.sql").replace("\r\n", "\n"));
        assertTrue(history.get(5).startsWith("6 corpus " + corpus + " "), history.get(5));
        String assignments = TextHash.sha256Hex(resource("db/migration/V7__assignments.sql").replace("\r\n", "\n"));
        assertTrue(history.get(6).startsWith("7 assignments " + assignments + " "), history.get(6));
        String claims = TextHash.sha256Hex(resource("db/migration/V8__claim_records.sql").replace("\r\n", "\n"));
        assertTrue(history.get(7).startsWith("8 claim records " + claims + " "), history.get(7));
        String curation = TextHash.sha256Hex(resource("db/migration/V9__curation.sql").replace("\r\n", "\n"));
        assertTrue(history.get(8).startsWith("9 curation " + curation + " "), history.get(8));
        String digest = TextHash.sha256Hex(resource("db/migration/V11__verdict_span_digest.sql").replace("\r\n", "\n"));
        assertTrue(history.get(9).startsWith("11 verdict span digest " + digest + " "), history.get(9));
        String notifications = TextHash.sha256Hex(resource("db/migration/V12__change_notifications.sql").replace("\r\n", "\n"));
        assertTrue(history.get(10).startsWith("12 change notifications " + notifications + " "), history.get(10));
        String merges = TextHash.sha256Hex(resource("db/migration/V14__actor_merges.sql").replace("\r\n", "\n"));
        assertTrue(history.get(11).startsWith("14 actor merges " + merges + " "), history.get(11));
        String transactions = TextHash.sha256Hex(resource("db/migration/V15__change_transactions.sql").replace("\r\n", "\n"));
        assertTrue(history.get(12).startsWith("15 change transactions " + transactions + " "), history.get(12));
    }

    @Test
    void reopeningRunsNoMigrationTwiceAndKeepsTheData() throws Exception {
        Document doc = Samples.document("التحالف", Kimmitt.SENTENCE, Samples.T0);
        try (H2Store store = H2Store.open(stores.base())) {
            store.documents().add(doc);
        }
        List<String> first = history(stores.base());
        for (int i = 0; i < 3; i++) {
            try (H2Store store = H2Store.open(stores.base())) {
                assertEquals(Optional.of(doc), store.documents().find(doc.id()));
            }
        }
        assertEquals(first, history(stores.base()), "nothing applied again, not even with a new time");
        try (Connection c = RawDatabase.connect(stores.base())) {
            assertEquals(List.of(), Migrations.shipped().migrate(c, "test"));
        }
    }

    @Test
    void migrationsAreAppliedInOrderAndOnlyOnce() throws Exception {
        try (Connection c = RawDatabase.connect(stores.base())) {
            assertEquals(List.of(1), Migrations.fromClasspath("db/test-migration-1").migrate(c, "test"));
            assertEquals(List.of(), Migrations.fromClasspath("db/test-migration-1").migrate(c, "test"));
            assertEquals(List.of(2), Migrations.fromClasspath("db/test-migration-2").migrate(c, "test"));
            assertEquals(List.of(), Migrations.fromClasspath("db/test-migration-2").migrate(c, "test"));
            try (PreparedStatement s = c.prepareStatement("SELECT body, author FROM note"); ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertEquals("قال", r.getString(1));
                assertEquals("مارك كيميت", r.getString(2));
            }
        }
        assertEquals(2, history(stores.base()).size());
    }

    @Test
    void aDatabaseWithADifferentMigrationIsRefused() throws Exception {
        H2Store.open(stores.base()).close();
        RawDatabase.execute(stores.base(), "UPDATE schema_history SET checksum = '" + "ab".repeat(32) + "' WHERE version = 1");
        StorageException e = assertThrows(StorageException.class, () -> H2Store.open(stores.base()));
        assertTrue(e.getMessage().contains("V1__initial_schema.sql"), e.getMessage());
        assertTrue(e.getMessage().contains("differs"), e.getMessage());
        assertTrue(e.getMessage().contains(stores.base() + ".mv.db"), e.getMessage());
        RawDatabase.dump(stores.base()); // refused without keeping the file locked
    }

    @Test
    void versionsMayLeaveAGapButMustIncrease() throws Exception {
        try (Connection c = RawDatabase.connect(stores.base())) {
            Migrations gap = Migrations.fromClasspath("db/test-migration-gap");
            assertEquals(3, gap.latestVersion());
            assertEquals(List.of(1, 3), gap.migrate(c, "test"));
            assertEquals(List.of(), gap.migrate(c, "test"));
        }
        Migration one = Migration.of("V1__a.sql", "CREATE TABLE a (x INT);");
        Migration three = Migration.of("V3__b.sql", "CREATE TABLE b (x INT);");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Migrations(List.of(three, one)));
        assertTrue(e.getMessage().contains("increasing"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> new Migrations(List.of(one, one)));
    }

    @Test
    void aDatabaseFromANewerIsnadIsRefused() throws Exception {
        H2Store.open(stores.base()).close();
        RawDatabase.execute(stores.base(), "INSERT INTO schema_history VALUES (99, 'from the future', '" + "cd".repeat(32)
                + "', CURRENT_TIMESTAMP)");
        StorageException e = assertThrows(StorageException.class, () -> H2Store.open(stores.base()));
        assertTrue(e.getMessage().contains("this database was written by a newer Isnad (schema version 99); this version knows up to "
                + Migrations.shipped().latestVersion()), e.getMessage());
        assertEquals(14, history(stores.base()).size(), "nothing was changed: the shipped migrations and the row from the future");
    }

    @Test
    void statementsAreSplitAtSemicolonsEndingALine() {
        Migration m = Migration.of("V3__two_statements.sql",
                "\uFEFF-- comment;\r\nCREATE TABLE a (x VARCHAR DEFAULT 'a;b');\r\n\r\nINSERT INTO a VALUES ('c');\r\n");
        assertEquals(List.of("CREATE TABLE a (x VARCHAR DEFAULT 'a;b')", "INSERT INTO a VALUES ('c')"), m.statements());
        assertEquals(3, m.version());
        assertEquals("two statements", m.description());
        assertEquals(m.checksum(), Migration.of("V3__two_statements.sql", m.sql()).checksum(), "line endings do not change the checksum");
        assertThrows(IllegalArgumentException.class, () -> Migration.of("initial.sql", ""));
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedClearly() throws Exception {
        java.nio.file.Files.writeString(stores.dir().resolve("isnad.mv.db"), "هذا ليس قاعدة بيانات ".repeat(500));
        StorageException e = assertThrows(StorageException.class, () -> H2Store.open(stores.base()));
        assertTrue(e.getMessage().contains(stores.base() + ".mv.db"), e.getMessage());
    }
}
