package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    CliHarness cli;

    @BeforeEach
    void setUp() {
        db = dir.resolve("db/isnad");
        sample = CliHarness.sample(dir, "coalition-iraq-alhurra.ar.txt");
        cli = CliHarness.in(dir);
    }

    @Test
    void importThenListShowsTheDocumentWithItsHash() throws IOException {
        assertEquals(0, cli.run("--db", db.toString(), "--as", "layla", "import", sample.toString()));
        JsonNode line = cli.outJson();
        assertEquals(SAMPLE_SHA, line.get("sha256").asText());
        assertEquals(sample.toString(), line.get("file").asText());
        assertTrue(line.get("existing") == null);
        String id = line.get("id").asText();

        assertEquals(0, cli.run("--db", db.toString(), "list"));
        JsonNode list = cli.outJson();
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
        assertEquals(0, cli.run("--db", db.toString(), "import", sample.toString()));
        String id = cli.outJson().get("id").asText();
        assertEquals(0, cli.run("--db", db.toString(), "import", crlf.toString(), sample.toString()));
        String[] lines = cli.out().strip().split("\n");
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
        assertEquals(0, cli.run("--db", db.toString(), "import", sample.toString()));
        cli.run("--db", db.toString(), "list");
        String listBefore = cli.out();
        Path bad = dir.resolve("bad.txt");
        byte[] bytes = "قال المتحدث".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, broken, 0, 6);
        broken[6] = (byte) 0xC3;
        System.arraycopy(bytes, 6, broken, 7, bytes.length - 6);
        Files.write(bad, broken);
        assertEquals(1, cli.run("--db", db.toString(), "import", bad.toString()));
        assertTrue(cli.err().contains("bad.txt") && cli.err().contains("byte 6"), cli.err());
        assertEquals("", cli.out());
        cli.run("--db", db.toString(), "list");
        assertEquals(listBefore, cli.out());
    }

    @Test
    void aMissingFileIsBadInputButTheOthersAreImported() throws IOException {
        assertEquals(1, cli.run("--db", db.toString(), "import", dir.resolve("nope.txt").toString(), sample.toString()));
        assertTrue(cli.err().contains("nope.txt: no such file"), cli.err());
        assertEquals(SAMPLE_SHA, cli.outJson().get("sha256").asText());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, cli.run("--db", db.toString(), "frobnicate"));
        assertTrue(cli.err().contains("unknown command"), cli.err());
        assertEquals(2, cli.run("--db", db.toString(), "import"));
        assertTrue(cli.err().contains("name at least one file"), cli.err());
        assertEquals(2, cli.run("--db", db.toString(), "import", "--colour", "x.txt"));
        assertTrue(cli.err().contains("unknown option --colour"), cli.err());
        assertEquals(2, cli.run("--db"));
        assertEquals(2, cli.run("--db", db.toString(), "import", "--date", "25/09/2024", sample.toString()));
        assertTrue(cli.err().contains("YYYY-MM-DD"), cli.err());
        assertEquals(2, cli.run("--db", db.toString(), "list", "extra"));
    }

    @Test
    void everyCommandHasHelp() {
        assertEquals(0, cli.run("--help"));
        assertTrue(cli.out().contains("import") && cli.out().contains("list"), cli.out());
        assertEquals(0, cli.run("import", "--help"));
        assertTrue(cli.out().contains("usage: isnad") && cli.out().contains("--title"), cli.out());
        assertEquals(0, cli.run("list", "--help"));
        assertTrue(cli.out().contains("state"), cli.out());
        assertEquals(0, cli.run("help", "import"));
        assertTrue(cli.out().contains("--outlet"), cli.out());
        assertTrue(!Files.exists(db.getParent()), "help opens no database");
    }

    @Test
    void metadataOptionsAreStored() throws IOException {
        assertEquals(0, cli.run("--db", db.toString(), "import", sample.toString(), "--title", "التحالف الدولي",
                "--outlet", "الحرة", "--url", "https://www.alhurra.com/x", "--date", "2024-09-25"));
        cli.run("--db", db.toString(), "list");
        JsonNode doc = cli.outJson().get(0);
        assertEquals("التحالف الدولي", doc.get("title").asText());
        assertEquals("الحرة", doc.get("outlet").asText());
        assertEquals("2024-09-25", doc.get("published").asText());
    }
}
