package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.isnad.bundle.BundleInterchange;
import org.isnad.domain.Document;
import org.isnad.domain.Ids;
import org.isnad.service.Backup;
import org.isnad.store.DatabaseBackups;
import org.isnad.store.H2Store;
import org.isnad.text.TextHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad restore}, and a CLI command on a database that another Isnad has open (issue 6, points 2 and 5). */
class RestoreCliTest {
    @TempDir
    Path dir;
    String out;
    String err;

    int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(dbOption -> H2Store.open(Path.of(dbOption)), BundleInterchange::new, Clock.systemUTC())
                .withBackups(dbOption -> DatabaseBackups.of(Path.of(dbOption)))
                .run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    static Document document(String title, String text) {
        return new Document(Ids.newId(), title, null, null, null, "ar", text, TextHash.sha256Hex(text), Instant.parse("2024-09-24T08:00:00Z"));
    }

    @Test
    void listsTheBackupsAndGoesBackToOneKeepingASafetyCopy() throws Exception {
        Path db = dir.resolve("isnad");
        assertEquals(0, run("--db", db.toString(), "restore", "--list"));
        assertEquals(0, new ObjectMapper().readTree(out).size());
        Backup backup;
        try (H2Store store = H2Store.open(db)) {
            store.documents().add(document("الأول", "قال مارك كيميت إن الانسحاب لن يؤدي إلى فراغ أمني."));
            backup = DatabaseBackups.of(db).take(store);
            store.documents().add(document("الثاني", "ونقلت وكالة رويترز عن مصادر قولها إن المحادثات مستمرة."));
        }
        assertEquals(0, run("--db", db.toString(), "restore"));
        JsonNode list = new ObjectMapper().readTree(out);
        assertEquals(backup.name(), list.get(0).get("name").asText());
        assertTrue(list.get(0).get("bytes").asLong() > 0);

        assertEquals(0, run("--db", db.toString(), "restore", backup.name()), err);
        assertEquals(backup.name(), new ObjectMapper().readTree(out).get("restored").asText());
        assertTrue(err.contains("before-restore"), err);
        assertEquals(0, run("--db", db.toString(), "list"));
        assertEquals(1, new ObjectMapper().readTree(out).size(), "the second document came after the backup");
        assertEquals(0, run("--db", db.toString(), "restore", "--list"));
        assertEquals(2, new ObjectMapper().readTree(out).size(), "the backup and the safety copy");
    }

    @Test
    void anUnknownBackupIsBadInput() {
        assertEquals(1, run("--db", dir.resolve("isnad").toString(), "restore", "isnad-19990101-000000-000.zip"));
        assertTrue(err.contains("no backup named"), err);
    }

    @Test
    void aDatabaseOpenElsewhereIsRefusedWithExitOneAndAPlainMessage() {
        Path db = dir.resolve("isnad");
        try (H2Store open = H2Store.open(db)) {
            DatabaseBackups.of(db).take(open);
            String name = DatabaseBackups.of(db).list().get(0).name();
            for (String[] command : new String[][] {{"list"}, {"restore", name}}) {
                String[] args = new String[command.length + 2];
                args[0] = "--db";
                args[1] = db.toString();
                System.arraycopy(command, 0, args, 2, command.length);
                assertEquals(1, run(args), err);
                assertTrue(err.contains("Isnad is already open with this database: " + open.location()), err);
                assertFalse(err.contains("Exception") || err.contains("\tat "), err);
            }
        }
    }
}
