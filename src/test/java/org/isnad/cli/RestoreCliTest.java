package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import org.isnad.domain.Document;
import org.isnad.domain.Ids;
import org.isnad.service.Backup;
import org.isnad.store.DatabaseBackups;
import org.isnad.store.H2Store;
import org.isnad.text.TextHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad restore}, and a CLI command on a database that another Isnad has open (issue 6, points 2 and 5). */
class RestoreCliTest {
    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = CliHarness.in(dir);
    }

    static Document document(String title, String text) {
        return new Document(Ids.newId(), title, null, null, null, "ar", text, TextHash.sha256Hex(text), Instant.parse("2024-09-24T08:00:00Z"));
    }

    @Test
    void listsTheBackupsAndGoesBackToOneKeepingASafetyCopy() throws Exception {
        Path db = dir.resolve("isnad");
        assertEquals(0, cli.run("--db", db.toString(), "restore", "--list"));
        assertEquals(0, cli.outJson().size());
        Backup backup;
        try (H2Store store = H2Store.open(db)) {
            store.documents().add(document("الأول", "قال مارك كيميت إن الانسحاب لن يؤدي إلى فراغ أمني."));
            backup = DatabaseBackups.of(db).take(store);
            store.documents().add(document("الثاني", "ونقلت وكالة رويترز عن مصادر قولها إن المحادثات مستمرة."));
        }
        assertEquals(0, cli.run("--db", db.toString(), "restore"));
        JsonNode list = cli.outJson();
        assertEquals(backup.name(), list.get(0).get("name").asText());
        assertTrue(list.get(0).get("bytes").asLong() > 0);

        assertEquals(0, cli.run("--db", db.toString(), "restore", backup.name()), cli.err());
        assertEquals(backup.name(), cli.outJson().get("restored").asText());
        assertTrue(cli.err().contains("before-restore"), cli.err());
        assertEquals(0, cli.run("--db", db.toString(), "list"));
        assertEquals(1, cli.outJson().size(), "the second document came after the backup");
        assertEquals(0, cli.run("--db", db.toString(), "restore", "--list"));
        assertEquals(2, cli.outJson().size(), "the backup and the safety copy");
    }

    @Test
    void anUnknownBackupIsBadInput() {
        assertEquals(1, cli.run("--db", dir.resolve("isnad").toString(), "restore", "isnad-19990101-000000-000.zip"));
        assertTrue(cli.err().contains("no backup named"), cli.err());
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
                assertEquals(1, cli.run(args), cli.err());
                assertTrue(cli.err().contains("Isnad is already open with this database: " + open.location()), cli.err());
                assertFalse(cli.err().contains("Exception") || cli.err().contains("\tat "), cli.err());
            }
        }
    }
}
