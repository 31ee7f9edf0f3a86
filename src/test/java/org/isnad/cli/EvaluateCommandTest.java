package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad evaluate --gold DIR}: the figures on a folder of brat articles, and its refusals. */
class EvaluateCommandTest {

    @TempDir
    Path dir;

    private final CliHarness cli = CliHarness.withoutDatabase();

    private static final String TEXT = "وقال الوزير سالم الحربي إن الميزانية زادت 5% هذا العام.\n";

    @Test
    void scoresAFolderAsJsonAndAsATable() throws Exception {
        Files.writeString(dir.resolve("one.txt"), TEXT);
        Files.writeString(dir.resolve("one.ann"), "T1\tCue 1 4\tقال\nT2\tSpeaker 12 23\tسالم الحربي\n"
                + "T3\tQuote 27 54\tالميزانية زادت 5% هذا العام\nA1\tQuoteType T3 indirect\n"
                + "R1\tAttributedTo Arg1:T3 Arg2:T2\nR2\tCuedBy Arg1:T3 Arg2:T1\n");
        assertEquals(ExitCode.OK, cli.run("evaluate", "--gold", dir.toString(), "--format", "json"), cli.err());
        JsonNode json = cli.outJson();
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("articles", "quotes", "direct", "indirect", "mixed", "cues", "speaker_accuracy", "claims",
                "per_article"), keys);
        assertEquals(1, json.get("articles").asInt());
        assertEquals(1.0, json.get("quotes").get("r").asDouble());
        assertEquals(1.0, json.get("indirect").get("p").asDouble());
        assertEquals(1.0, json.get("speaker_accuracy").asDouble());
        assertEquals(List.of("p", "r", "f1", "gold", "found", "matched", "exact"), names(json.get("quotes")));

        assertEquals(ExitCode.OK, cli.run("evaluate", "--gold", dir.toString()), cli.err());
        assertTrue(cli.out().startsWith("measure"), cli.out());
        assertTrue(cli.out().contains("speaker_accuracy"), cli.out());
    }

    @Test
    void namesTheFileAndLineOfABadAnnotation() throws Exception {
        Files.writeString(dir.resolve("one.txt"), TEXT);
        Files.writeString(dir.resolve("one.ann"), "T1\tCue 1 4\tقال\nT2\tQuote 27 999\tx\n");
        assertEquals(ExitCode.BAD_INPUT, cli.run("evaluate", "--gold", dir.toString()));
        assertTrue(cli.err().startsWith("isnad evaluate: one.ann line 2: offsets 27 to 999"), cli.err());
        assertEquals(ExitCode.BAD_INPUT, cli.run("evaluate", "--gold", dir.resolve("none").toString()));
        assertTrue(cli.err().contains("no gold folder at"), cli.err());
        assertEquals(ExitCode.USAGE, cli.run("evaluate", "--gold", dir.toString(), "--format", "csv"));
        assertTrue(cli.err().contains("--format must be json or table, not csv"), cli.err());
        assertEquals(ExitCode.USAGE, cli.run("evaluate"));
    }

    private static List<String> names(JsonNode n) {
        List<String> keys = new ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
