package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.isnad.domain.Layer;
import org.isnad.service.AnnotationSession;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.store.H2Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad assign} and {@code isnad agreement} on a real database. */
class AgreementCliTest {
    static final String TEXT = "وقال مارك كيميت: “لا أعتقد أن الانسحاب سيؤدي إلى فراغ أمني”.";

    @TempDir
    Path dir;
    Path db;
    String both;
    String alone;
    CliHarness cli;

    @BeforeEach
    void annotate() {
        db = dir.resolve("db/isnad");
        cli = CliHarness.in(dir);
        try (H2Store store = H2Store.open(db)) {
            Library library = new Library(store, Clock.systemUTC());
            both = library.importText(TEXT, "one", ImportOptions.none(), "lead").document().id();
            alone = library.importText(TEXT + " ", "two", ImportOptions.none(), "lead").document().id();
            quoteBy(store, both, "salma", TEXT.indexOf("لا"));
            quoteBy(store, both, "omar", TEXT.indexOf("أعتقد"));
            quoteBy(store, alone, "salma", TEXT.indexOf("لا"));
        }
    }

    private static void quoteBy(H2Store store, String docId, String analyst, int start) {
        AnnotationSession s = AnnotationSession.open(store, docId, analyst, Clock.systemUTC());
        s.mark(Layer.QUOTE, start, TEXT.indexOf("”."));
    }

    @Test
    void assignsAndMeasures() throws Exception {
        assertEquals(0, cli.runAs(db, "lead", "assign", "--doc", both + "," + alone, "--analysts", "salma,omar",
                "--curator", "rania"), cli.err());
        JsonNode assigned = cli.outJson().get("assigned");
        assertEquals(2, assigned.size());
        assertEquals("omar", assigned.get(0).get("analysts").get(1).asText());
        assertEquals("rania", assigned.get(0).get("curator").asText());

        assertEquals(0, cli.run("--db", db.toString(), "agreement", "--all"), cli.err());
        JsonNode out = cli.outJson();
        JsonNode quote = pair(out.get("pairs"), "QUOTE");
        assertEquals(List.of("a", "b", "layer", "documents", "a_count", "b_count", "exact_matches", "exact_f1",
                "overlap_f1", "alpha_u", "kappa_quote_type", "speaker_agreement", "cue_agreement", "undefined"),
                fields(quote));
        assertEquals("omar", quote.get("a").asText());
        assertEquals(1, quote.get("documents").asInt());
        assertEquals(0.0, quote.get("exact_f1").asDouble());
        assertEquals(1.0, quote.get("overlap_f1").asDouble());
        assertTrue(quote.get("kappa_quote_type").isNull());
        assertEquals("no_matched_quotes", quote.get("undefined").get("kappa_quote_type").asText());
        JsonNode cue = pair(out.get("pairs"), "CUE");
        assertTrue(cue.get("exact_f1").isNull());
        assertEquals("nothing_marked", cue.get("undefined").get("exact_f1").asText());
        assertTrue(cue.get("kappa_quote_type") == null, "the quote figures are for QUOTE only");
        JsonNode second = out.get("documents").get(1);
        assertEquals(alone, second.get("id").asText());
        assertEquals("only one analyst (salma) annotated this document: nothing to compare", second.get("note").asText());
        assertEquals(0, second.get("pairs").size());

        assertEquals(0, cli.run("--db", db.toString(), "agreement", "--doc", alone, "--format", "csv"), cli.err());
        String csv = cli.out();
        assertTrue(csv.startsWith("scope,document,a,b,layer,"), csv);
        assertTrue(csv.contains("document," + alone + ",salma,"), csv);
        assertTrue(csv.contains("one_analyst_only"), csv);
    }

    @Test
    void badInputIsRefused() {
        assertEquals(2, cli.run("--db", db.toString(), "agreement"));
        assertEquals(2, cli.run("--db", db.toString(), "agreement", "--all", "--format", "xml"));
        assertEquals(2, cli.run("--db", db.toString(), "agreement", "--all", "--annotators", "salma"));
        assertEquals(1, cli.run("--db", db.toString(), "agreement", "--doc", "missing"));
        assertEquals(2, cli.runAs(db, "lead", "assign", "--doc", both));
        assertEquals(1, cli.runAs(db, "lead", "assign", "--doc", both, "--analysts", "salma"));
        assertTrue(cli.err().contains("2 to 3 analysts"), cli.err());
        assertEquals(1, cli.runAs(db, "lead", "assign", "--doc", both + ",missing", "--analysts", "salma,omar"));
    }

    private static JsonNode pair(JsonNode pairs, String layer) {
        for (JsonNode p : pairs) {
            if (p.get("layer").asText().equals(layer)) {
                return p;
            }
        }
        throw new AssertionError(layer);
    }

    private static List<String> fields(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
