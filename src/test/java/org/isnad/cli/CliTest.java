package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.isnad.bundle.BundleInterchange;
import org.isnad.store.H2Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI run in-process on a real H2 database in a temporary folder. */
class CliTest {
    // sha256sum src/test/resources/samples/coalition-iraq-alhurra.ar.txt
    static final String SAMPLE_SHA = "d1118664c15e0e1bd6b8226a3b8d9e4fd8110a7e29be450912179ea766fdab01";
    final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;
    Path db;
    Path sample;
    String out;
    String err;

    @BeforeEach
    void setUp() throws IOException {
        db = dir.resolve("db/isnad");
        sample = dir.resolve("coalition.txt");
        try (InputStream in = CliTest.class.getResourceAsStream("/samples/coalition-iraq-alhurra.ar.txt")) {
            Files.write(sample, in.readAllBytes());
        }
    }

    int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(dbOption -> H2Store.open(Path.of(dbOption)), BundleInterchange::new, Clock.systemUTC())
                .run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void importThenListShowsTheDocumentWithItsHash() throws IOException {
        assertEquals(0, run("--db", db.toString(), "--as", "layla", "import", sample.toString()));
        JsonNode line = json.readTree(out);
        assertEquals(SAMPLE_SHA, line.get("sha256").asText());
        assertEquals(sample.toString(), line.get("file").asText());
        assertTrue(line.get("existing") == null);
        String id = line.get("id").asText();

        assertEquals(0, run("--db", db.toString(), "list"));
        JsonNode list = json.readTree(out);
        assertEquals(1, list.size());
        JsonNode doc = list.get(0);
        assertEquals(id, doc.get("id").asText());
        assertEquals(SAMPLE_SHA, doc.get("sha256").asText());
        assertEquals(Files.readString(sample).length(), doc.get("chars").asInt());
        assertEquals(0, doc.get("annotations").get("QUOTE").asInt());
        assertEquals(4, doc.get("annotations").size());
        assertEquals(0, doc.get("links").asInt());
        assertEquals("new", doc.get("state").asText());
    }

    @Test
    void importingAgainIsNotAnErrorAndSaysExisting() throws IOException {
        Path crlf = dir.resolve("crlf.txt");
        Files.writeString(crlf, "\uFEFF" + Files.readString(sample).replace("\n", "\r\n"));
        assertEquals(0, run("--db", db.toString(), "import", sample.toString()));
        String id = json.readTree(out).get("id").asText();
        assertEquals(0, run("--db", db.toString(), "import", crlf.toString(), sample.toString()));
        String[] lines = out.strip().split("\n");
        assertEquals(2, lines.length);
        for (String l : lines) {
            JsonNode n = json.readTree(l);
            assertEquals(id, n.get("id").asText());
            assertTrue(n.get("existing").asBoolean());
            assertEquals(SAMPLE_SHA, n.get("sha256").asText());
        }
    }

    @Test
    void invalidUtf8IsRefusedWithTheByteOffsetAndTheDatabaseIsUnchanged() throws IOException {
        assertEquals(0, run("--db", db.toString(), "import", sample.toString()));
        run("--db", db.toString(), "list");
        String listBefore = out;
        Path bad = dir.resolve("bad.txt");
        byte[] bytes = "قال المتحدث".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, broken, 0, 6);
        broken[6] = (byte) 0xC3;
        System.arraycopy(bytes, 6, broken, 7, bytes.length - 6);
        Files.write(bad, broken);
        assertEquals(1, run("--db", db.toString(), "import", bad.toString()));
        assertTrue(err.contains("bad.txt") && err.contains("byte 6"), err);
        assertEquals("", out);
        run("--db", db.toString(), "list");
        assertEquals(listBefore, out);
    }

    @Test
    void aMissingFileIsBadInputButTheOthersAreImported() throws IOException {
        assertEquals(1, run("--db", db.toString(), "import", dir.resolve("nope.txt").toString(), sample.toString()));
        assertTrue(err.contains("nope.txt: no such file"), err);
        assertEquals(SAMPLE_SHA, json.readTree(out).get("sha256").asText());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("--db", db.toString(), "frobnicate"));
        assertTrue(err.contains("unknown command"), err);
        assertEquals(2, run("--db", db.toString(), "import"));
        assertTrue(err.contains("name at least one file"), err);
        assertEquals(2, run("--db", db.toString(), "import", "--colour", "x.txt"));
        assertTrue(err.contains("unknown option --colour"), err);
        assertEquals(2, run("--db"));
        assertEquals(2, run("--db", db.toString(), "import", "--date", "25/09/2024", sample.toString()));
        assertTrue(err.contains("YYYY-MM-DD"), err);
        assertEquals(2, run("--db", db.toString(), "list", "extra"));
    }

    @Test
    void everyCommandHasHelp() {
        assertEquals(0, run("--help"));
        assertTrue(out.contains("import") && out.contains("list"), out);
        assertEquals(0, run("import", "--help"));
        assertTrue(out.contains("usage: isnad") && out.contains("--title"), out);
        assertEquals(0, run("list", "--help"));
        assertTrue(out.contains("state"), out);
        assertEquals(0, run("help", "import"));
        assertTrue(out.contains("--outlet"), out);
        assertTrue(!Files.exists(db.getParent()), "help opens no database");
    }

    @Test
    void metadataOptionsAreStored() throws IOException {
        assertEquals(0, run("--db", db.toString(), "import", sample.toString(), "--title", "التحالف الدولي",
                "--outlet", "الحرة", "--url", "https://www.alhurra.com/x", "--date", "2024-09-25"));
        run("--db", db.toString(), "list");
        JsonNode doc = json.readTree(out).get(0);
        assertEquals("التحالف الدولي", doc.get("title").asText());
        assertEquals("الحرة", doc.get("outlet").asText());
        assertEquals("2024-09-25", doc.get("published").asText());
    }
}
