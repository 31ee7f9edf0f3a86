package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged program, {@code java -jar target/isnad.jar}, run as a user would run it. */
class CliJarIT {
    // sha256sum src/test/resources/samples/coalition-iraq-alhurra.ar.txt
    static final String SAMPLE_SHA = "d1118664c15e0e1bd6b8226a3b8d9e4fd8110a7e29be450912179ea766fdab01";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    Run isnad(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("isnad.jar")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "isnad finished");
        return new Run(p.exitValue(), Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }

    @Test
    void importAndListFromTheJar() throws Exception {
        Path sample = dir.resolve("coalition-iraq-alhurra.ar.txt");
        try (InputStream in = CliJarIT.class.getResourceAsStream("/samples/coalition-iraq-alhurra.ar.txt")) {
            Files.write(sample, in.readAllBytes());
        }
        String db = dir.resolve("db/isnad").toString();
        Run imported = isnad("--db", db, "import", sample.toString());
        assertEquals(0, imported.code(), imported.err());
        ObjectMapper json = new ObjectMapper();
        assertEquals(SAMPLE_SHA, json.readTree(imported.out()).get("sha256").asText());

        Run listed = isnad("--db", db, "list");
        assertEquals(0, listed.code(), listed.err());
        JsonNode docs = json.readTree(listed.out());
        assertEquals(1, docs.size());
        assertEquals(SAMPLE_SHA, docs.get(0).get("sha256").asText());
        assertEquals("هل شارفت مهمة التحالف الدولي في العراق على الانتهاء؟", docs.get(0).get("title").asText());

        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {(byte) 0xD9, (byte) 0x82, (byte) 0xFF});
        Run refused = isnad("--db", db, "import", bad.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("byte 2"), refused.err());
        assertEquals(listed.out(), isnad("--db", db, "list").out(), "the database is unchanged");

        Run usage = isnad("--db", db, "nonsense");
        assertEquals(2, usage.code());
        assertTrue(!usage.err().contains("Exception"), "no stack trace: " + usage.err());
    }
}
