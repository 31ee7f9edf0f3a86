package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.isnad.bundle.BundleInterchange;
import org.isnad.domain.Layer;
import org.isnad.service.AnnotationSession;
import org.isnad.store.H2Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import / export / verify on the command line, in-process on real H2 databases. */
class InterchangeCliTest {
    static final String TEXT = "قال مارك كيميت: «لا أعتقدُ أنَّ الانسحابَ سيؤدي إلى فـــراغ 😀 في 2024».\r\n";
    final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;
    Path db;
    Path other;
    String out;
    String err;
    String documentId;

    int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(dbOption -> H2Store.open(Path.of(dbOption)), BundleInterchange::new, Clock.systemUTC())
                .run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @BeforeEach
    void setUp() throws IOException {
        db = dir.resolve("db/isnad");
        other = dir.resolve("other/isnad");
        Path article = Files.writeString(dir.resolve("article.txt"), TEXT);
        assertEquals(0, run("--db", db.toString(), "--as", "layla", "import", article.toString()));
        documentId = json.readTree(out).get("id").asText();
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
        assertEquals(0, run("--db", db.toString(), "--as", "layla", "export", "--doc", documentId, "--format", "isnad",
                "--out", bundle.toString(), "--with-audit"), err);
        JsonNode exported = json.readTree(out);
        assertEquals("isnad", exported.get("format").asText());
        assertEquals(3, exported.get("annotations").asInt());
        assertEquals(0, run("verify", bundle.toString()), err);
        assertTrue(json.readTree(out).get("ok").asBoolean());

        assertEquals(0, run("--db", other.toString(), "--as", "omar", "import", bundle.toString()), err);
        JsonNode imported = json.readTree(out);
        assertEquals("isnad", imported.get("format").asText());
        assertEquals("added", imported.get("documents").get(0).get("sets").get(0).get("result").asText());
        assertEquals(documentId, imported.get("documents").get(0).get("id").asText());
        assertEquals(0, run("--db", other.toString(), "import", bundle.toString(), "--on-conflict", "keep-both"));
        assertEquals("unchanged", json.readTree(out).get("documents").get(0).get("sets").get(0).get("result").asText());
        assertEquals(0, run("--db", other.toString(), "list"));
        assertEquals(1, json.readTree(out).get(0).get("annotations").get("QUOTE").asInt());
    }

    @Test
    void verifyExitsWithOneAndListsEachFailure() throws IOException {
        Path bundle = dir.resolve("work.isnad");
        assertEquals(0, run("--db", db.toString(), "export", "--all", "--format", "isnad", "--out", bundle.toString()));
        byte[] zip = Files.readAllBytes(bundle);
        // flip a byte of an entry name: that entry is missing and an unknown one appears
        byte[] name = "actors.json".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + name.length <= zip.length; i++) {
            if (java.util.Arrays.equals(zip, i, i + name.length, name, 0, name.length)) {
                zip[i + 2] ^= 1;
            }
        }
        Path broken = Files.write(dir.resolve("broken.isnad"), zip);
        assertEquals(1, run("verify", broken.toString()));
        JsonNode report = json.readTree(out);
        assertFalse(report.get("ok").asBoolean());
        assertTrue(report.get("problems").size() >= 2, out);
        assertTrue(err.lines().count() >= 2 && err.contains("actors.json"), err);
        assertEquals(1, run("verify", dir.resolve("nope.isnad").toString()));
        assertEquals(2, run("verify"));
    }

    @Test
    void aRefusedBundleSaysWhatAndWhereAndImportsNothing() throws IOException {
        Path bundle = Files.write(dir.resolve("evil.isnad"), new byte[] {'P', 'K', 3, 4, 0, 0});
        assertEquals(1, run("--db", other.toString(), "import", bundle.toString()));
        assertTrue(err.contains("evil.isnad") && err.contains("nothing was imported"), err);
        assertEquals("", out);
    }

    @Test
    void bratW3cAndCsvExportsAndImports() throws IOException {
        Path brat = dir.resolve("brat");
        assertEquals(0, run("--db", db.toString(), "export", "--all", "--format", "brat", "--out", brat.toString()), err);
        Path ann = brat.resolve(documentId + ".ann");
        assertTrue(Files.readString(ann).contains("\tQuote "));
        assertEquals(0, run("--db", other.toString(), "--as", "omar", "import", ann.toString()), err);
        assertEquals("brat", json.readTree(out).get("format").asText());

        Path w3c = dir.resolve("work.jsonld");
        assertEquals(0, run("--db", db.toString(), "export", "--doc", documentId, "--format", "w3c", "--out", w3c.toString()), err);
        assertEquals(1, run("--db", other.toString(), "import", w3c.toString()));
        assertTrue(err.contains("--text"), err);
        assertEquals(0, run("--db", other.toString(), "--as", "sara", "import", w3c.toString(), "--text",
                dir.resolve("article.txt").toString()), err);
        JsonNode w = json.readTree(out);
        assertEquals("w3c", w.get("format").asText());
        assertTrue(w.get("documents").get(0).get("existing").asBoolean());

        Path csv = dir.resolve("table.csv");
        assertEquals(0, run("--db", db.toString(), "export", "--all", "--format", "csv", "--out", csv.toString()), err);
        assertTrue(Files.readString(csv).startsWith("\uFEFFdocument,document_id,"));
    }

    @Test
    void usageErrorsAndHelp() {
        assertEquals(2, run("--db", db.toString(), "export", "--format", "isnad", "--out", "x.isnad"));
        assertTrue(err.contains("--doc ID or --all"), err);
        assertEquals(2, run("--db", db.toString(), "export", "--all", "--format", "xml", "--out", "x"));
        assertEquals(2, run("--db", db.toString(), "export", "--all", "--format", "csv", "--out", "x", "--with-audit"));
        assertEquals(2, run("--db", db.toString(), "import", "a.isnad", "--on-conflict", "merge"));
        assertTrue(err.contains("fail, keep-both or replace"), err);
        assertEquals(2, run("--db", db.toString(), "import", "a.isnad", "--text", "a.txt"));
        assertEquals(1, run("--db", db.toString(), "export", "--doc", "no-such-id", "--format", "isnad", "--out",
                dir.resolve("x.isnad").toString()));
        assertTrue(err.contains("no document with id no-such-id"), err);
        for (String command : new String[] {"import", "export", "verify"}) {
            assertEquals(0, run(command, "--help"));
            assertTrue(out.startsWith("usage: isnad"), out);
        }
        assertEquals(0, run("--help"));
        assertTrue(out.contains("export") && out.contains("verify"), out);
    }
}
