package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.text.TextHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad suggest FILE.txt}: the JSON on stdout, its offsets, and that no database is opened. */
class SuggestCommandTest {

    @TempDir
    Path dir;

    private final CliHarness cli = CliHarness.withoutDatabase();

    @Test
    void printsSuggestionsWithStoredOffsets() throws Exception {
        // BOM and CRLF are normalized first: offsets count in the stored text
        String raw = "\uFEFFنقلت وكالة “رويترز” عن مصادر قولها إن المحادثات ستستأنف قريبا.\r\n\r\n"
                + "وأضافت: “الاتفاق بات قريبا جدا من التوقيع النهائي”.\r\n";
        String stored = raw.substring(1).replace("\r\n", "\n");
        Path file = dir.resolve("article.txt");
        Files.write(file, raw.getBytes(StandardCharsets.UTF_8));

        assertEquals(ExitCode.OK, cli.run("suggest", file.toString()), cli.err());
        JsonNode json = cli.outJson();
        assertEquals(List.of("sha256", "suggestions"), iterable(json.fieldNames()));
        assertEquals(TextHash.sha256Hex(stored), json.get("sha256").asText());
        JsonNode list = json.get("suggestions");
        assertEquals(4, list.size());

        JsonNode outer = list.get(0);
        assertEquals(List.of("layer", "type", "start", "end", "text", "cue", "speaker", "actor", "roles", "outer_source", "parent", "confidence"),
                iterable(outer.fieldNames()));
        assertEquals("QUOTE", outer.get("layer").asText());
        assertEquals("indirect", outer.get("type").asText());
        assertEquals("المحادثات ستستأنف قريبا", outer.get("text").asText());
        assertEquals(stored.indexOf("المحادثات"), outer.get("start").asInt());
        assertEquals(outer.get("text").asText(),
                stored.substring(outer.get("start").asInt(), outer.get("end").asInt()));
        assertEquals("نقلت", outer.get("cue").get("text").asText());
        assertEquals(0, outer.get("cue").get("start").asInt());
        assertEquals("وكالة “رويترز”", outer.get("speaker").get("text").asText());
        assertTrue(outer.get("parent").isNull());
        assertTrue(outer.get("confidence").isNumber());

        JsonNode inner = list.get(1);
        assertEquals(0, inner.get("parent").asInt());
        assertEquals("مصادر", inner.get("speaker").get("text").asText());
        assertEquals("قولها", inner.get("cue").get("text").asText());

        JsonNode claim = list.get(3);
        assertEquals("CLAIM", claim.get("layer").asText());
        assertEquals(2, claim.get("parent").asInt(), "a claim points at its quote");
        assertEquals("الاتفاق بات قريبا جدا من التوقيع النهائي", claim.get("text").asText());

        JsonNode direct = list.get(2);
        assertEquals("direct", direct.get("type").asText());
        assertEquals("الاتفاق بات قريبا جدا من التوقيع النهائي", direct.get("text").asText());
        assertEquals(direct.get("text").asText(), stored.substring(direct.get("start").asInt(), direct.get("end").asInt()));
        assertTrue(direct.get("speaker").isNull());
        assertEquals("مصادر", direct.get("actor").asText(), "«وأضافت» continues the last feminine speaker");
    }

    @Test
    void textWithoutQuotesGivesAnEmptyList() throws Exception {
        Path file = dir.resolve("plain.txt");
        Files.writeString(file, "ارتفعت درجات الحرارة في المنطقة أمس.\n");
        assertEquals(ExitCode.OK, cli.run("suggest", file.toString()));
        JsonNode json = cli.outJson();
        assertEquals(0, json.get("suggestions").size());
    }

    @Test
    void invalidUtf8IsRefusedWithItsByteOffset() throws Exception {
        Path file = dir.resolve("bad.txt");
        byte[] good = "قال".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 1];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xFF;
        Files.write(file, bytes);
        assertEquals(ExitCode.BAD_INPUT, cli.run("suggest", file.toString()));
        assertTrue(cli.err().contains("byte " + good.length), cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void missingFileAndWrongUsage() {
        assertEquals(ExitCode.BAD_INPUT, cli.run("suggest", dir.resolve("none.txt").toString()));
        assertTrue(cli.err().contains("no such file"));
        assertEquals(ExitCode.USAGE, cli.run("suggest"));
        assertEquals(ExitCode.USAGE, cli.run("suggest", "a.txt", "b.txt"));
        assertEquals(ExitCode.OK, cli.run("suggest", "--help"));
        assertTrue(cli.out().contains("usage: isnad suggest FILE.txt"));
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
