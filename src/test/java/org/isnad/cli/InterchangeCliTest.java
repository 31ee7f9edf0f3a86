package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.isnad.domain.Layer;
import org.isnad.service.AnnotationSession;
import org.isnad.store.H2Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import / export / verify on the command line, in-process on real H2 databases. */
class InterchangeCliTest {
    static final String TEXT = "قال مارك كيميت: «لا أعتقدُ أنَّ الانسحابَ سيؤدي إلى فـــراغ 😀 في 2024».\r\n";

    @TempDir
    Path dir;
    Path db;
    Path other;
    String documentId;
    CliHarness cli;

    @BeforeEach
    void setUp() throws IOException {
        cli = CliHarness.in(dir);
        db = dir.resolve("db/isnad");
        other = dir.resolve("other/isnad");
        Path article = Files.writeString(dir.resolve("article.txt"), TEXT);
        assertEquals(0, cli.run("--db", db.toString(), "--as", "layla", "import", article.toString()));
        documentId = cli.outJson().get("id").asText();
        try (H2Store store = H2Store.open(db)) {
            AnnotationSession s = AnnotationSession.open(store, documentId, "layla", Clock.systemUTC());
            s.mark(Layer.CUE, 0, 3);
            var speaker = s.mark(Layer.SPEAKER, 4, 14);
            int q = TEXT.indexOf("لا أعتقدُ");
            s.markQuoteOf(speaker.id(), q, TEXT.indexOf("»"));
        }
    }

    @Test
    void exportImportAndVerifyABundle() throws IOException {
        Path bundle = dir.resolve("work.isnad");
        assertEquals(0, cli.run("--db", db.toString(), "--as", "layla", "export", "--doc", documentId, "--format", "isnad",
                "--out", bundle.toString(), "--with-audit"), cli.err());
        JsonNode exported = cli.outJson();
        assertEquals("isnad", exported.get("format").asText());
        assertEquals(3, exported.get("annotations").asInt());
        assertEquals(0, cli.run("verify", bundle.toString()), cli.err());
        assertTrue(cli.outJson().get("ok").asBoolean());

        assertEquals(0, cli.run("--db", other.toString(), "--as", "omar", "import", bundle.toString()), cli.err());
        JsonNode imported = cli.outJson();
        assertEquals("isnad", imported.get("format").asText());
        assertEquals("added", imported.get("documents").get(0).get("sets").get(0).get("result").asText());
        assertEquals(documentId, imported.get("documents").get(0).get("id").asText());
        assertEquals(0, cli.run("--db", other.toString(), "import", bundle.toString(), "--on-conflict", "keep-both"));
        assertEquals("unchanged", cli.outJson().get("documents").get(0).get("sets").get(0).get("result").asText());
        assertEquals(0, cli.run("--db", other.toString(), "list"));
        assertEquals(1, cli.outJson().get(0).get("annotations").get("QUOTE").asInt());
    }

    @Test
    void verifyExitsWithOneAndListsEachFailure() throws IOException {
        Path bundle = dir.resolve("work.isnad");
        assertEquals(0, cli.run("--db", db.toString(), "export", "--all", "--format", "isnad", "--out", bundle.toString()));
        byte[] zip = Files.readAllBytes(bundle);
        // flip a byte of an entry name: that entry is missing and an unknown one appears
        byte[] name = "actors.json".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + name.length <= zip.length; i++) {
            if (java.util.Arrays.equals(zip, i, i + name.length, name, 0, name.length)) {
                zip[i + 2] ^= 1;
            }
        }
        Path broken = Files.write(dir.resolve("broken.isnad"), zip);
        assertEquals(1, cli.run("verify", broken.toString()));
        JsonNode report = cli.outJson();
        assertFalse(report.get("ok").asBoolean());
        assertTrue(report.get("problems").size() >= 2, cli.out());
        assertTrue(cli.err().lines().count() >= 2 && cli.err().contains("actors.json"), cli.err());
        assertEquals(1, cli.run("verify", dir.resolve("nope.isnad").toString()));
        assertEquals(2, cli.run("verify"));
    }

    @Test
    void aRefusedBundleSaysWhatAndWhereAndImportsNothing() throws IOException {
        Path bundle = Files.write(dir.resolve("evil.isnad"), new byte[] {'P', 'K', 3, 4, 0, 0});
        assertEquals(1, cli.run("--db", other.toString(), "import", bundle.toString()));
        assertTrue(cli.err().contains("evil.isnad") && cli.err().contains("nothing was imported"), cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void bratW3cAndCsvExportsAndImports() throws IOException {
        Path brat = dir.resolve("brat");
        assertEquals(0, cli.run("--db", db.toString(), "export", "--all", "--format", "brat", "--out", brat.toString()), cli.err());
        Path ann = brat.resolve(documentId + ".ann");
        assertTrue(Files.readString(ann).contains("\tQuote "));
        assertEquals(0, cli.run("--db", other.toString(), "--as", "omar", "import", ann.toString()), cli.err());
        assertEquals("brat", cli.outJson().get("format").asText());

        Path w3c = dir.resolve("work.jsonld");
        assertEquals(0, cli.run("--db", db.toString(), "export", "--doc", documentId, "--format", "w3c", "--out", w3c.toString()), cli.err());
        assertEquals(1, cli.run("--db", other.toString(), "import", w3c.toString()));
        assertTrue(cli.err().contains("--text"), cli.err());
        assertEquals(0, cli.run("--db", other.toString(), "--as", "sara", "import", w3c.toString(), "--text",
                dir.resolve("article.txt").toString()), cli.err());
        JsonNode w = cli.outJson();
        assertEquals("w3c", w.get("format").asText());
        assertTrue(w.get("documents").get(0).get("existing").asBoolean());

        Path csv = dir.resolve("table.csv");
        assertEquals(0, cli.run("--db", db.toString(), "export", "--all", "--format", "csv", "--out", csv.toString()), cli.err());
        assertTrue(Files.readString(csv).startsWith("\uFEFFdocument,document_id,"));
    }

    @Test
    void usageErrorsAndHelp() {
        assertEquals(2, cli.run("--db", db.toString(), "export", "--format", "isnad", "--out", "x.isnad"));
        assertTrue(cli.err().contains("--doc ID or --all"), cli.err());
        assertEquals(2, cli.run("--db", db.toString(), "export", "--all", "--format", "xml", "--out", "x"));
        assertEquals(2, cli.run("--db", db.toString(), "export", "--all", "--format", "csv", "--out", "x", "--with-audit"));
        assertEquals(2, cli.run("--db", db.toString(), "import", "a.isnad", "--on-conflict", "merge"));
        assertTrue(cli.err().contains("fail, keep-both or replace"), cli.err());
        assertEquals(2, cli.run("--db", db.toString(), "import", "a.isnad", "--text", "a.txt"));
        assertEquals(1, cli.run("--db", db.toString(), "export", "--doc", "no-such-id", "--format", "isnad", "--out",
                dir.resolve("x.isnad").toString()));
        assertTrue(cli.err().contains("no document with id no-such-id"), cli.err());
        for (String command : new String[] {"import", "export", "verify"}) {
            assertEquals(0, cli.run(command, "--help"));
            assertTrue(cli.out().startsWith("usage: isnad"), cli.out());
        }
        assertEquals(0, cli.run("--help"));
        assertTrue(cli.out().contains("export") && cli.out().contains("verify"), cli.out());
    }
}
