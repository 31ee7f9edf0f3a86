package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;
import org.isnad.store.H2Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad search} and {@code isnad index rebuild} on a real database and index, with real Arabic. */
class SearchCliTest {
    static final String TEXT = "قال المتحدث إن الأمن مستتب، وإن الأجهزة الأمنية تعمل. "
            + "وأكد مارك كيميت أن «الفراغ الأمني لن يتكرر» بعد زيارة إيران.";

    @TempDir
    Path dir;
    CliHarness cli;
    Path db;
    String docId;

    @BeforeEach
    void importArticle() throws Exception {
        cli = CliHarness.in(dir);
        db = dir.resolve("isnad");
        Path file = Files.writeString(dir.resolve("article.txt"), TEXT, StandardCharsets.UTF_8);
        assertEquals(0, cli.run("--db", db.toString(), "--as", "layla", "import", "--outlet", "الجزيرة", file.toString()), cli.err());
        assertEquals(0, cli.run("--db", db.toString(), "list"));
        docId = cli.outJson().get(0).get("id").asText();
    }

    List<JsonNode> hits(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString(), "search"));
        all.addAll(List.of(args));
        assertEquals(0, cli.run(all.toArray(String[]::new)), cli.err());
        JsonNode out = cli.outJson();
        List<JsonNode> hits = new ArrayList<>();
        out.get("hits").forEach(hits::add);
        assertEquals(out.get("total").asInt(), hits.size());
        for (JsonNode hit : hits) {
            assertEquals(TEXT.substring(hit.get("start").asInt(), hit.get("end").asInt()), hit.get("text").asText(),
                    "text is the stored text at the offsets");
            assertEquals(List.of("actor", "context", "doc", "end", "layer", "score", "start", "text", "title"),
                    fieldNames(hit));
        }
        return hits;
    }

    static List<String> fieldNames(JsonNode hit) {
        List<String> names = new ArrayList<>();
        hit.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        return names;
    }

    static List<String> texts(List<JsonNode> hits) {
        return hits.stream().map(h -> h.get("text").asText()).toList();
    }

    @Test
    void findsFoldedAndStemmedFormsAsOccurrencesInThePlainText() {
        List<JsonNode> hits = hits("الامن");
        assertEquals(List.of("الأمن", "الأمنية", "الأمني"), texts(hits));
        assertTrue(hits.get(0).get("layer").isNull());
        assertEquals(docId, hits.get(0).get("doc").asText());
        assertEquals(List.of("إيران"), texts(hits("ايران")));
        assertEquals(List.of("الفراغ الأمني"), texts(hits("\"الفراغ الامني\"")));
        assertEquals(1, cli.run("--db", db.toString(), "search", "الامن", "--limit", "1") == 0 ? cli.outJson().get("hits").size() : -1);
        assertEquals(3, cli.outJson().get("total").asInt(), "the total counts every hit, the page only some");
        assertEquals(List.of(), texts(hits("الامن", "--outlet", "رويترز")));
    }

    @Test
    void aLayerInAnyCaseKeepsHitsInsideThoseAnnotations() {
        Span quote;
        try (H2Store store = H2Store.open(db)) {
            AnnotationSession session = AnnotationSession.open(store, docId, "layla", Clock.systemUTC());
            String quoted = "الفراغ الأمني لن يتكرر";
            int at = TEXT.indexOf(quoted);
            quote = session.mark(Layer.QUOTE, at, at + quoted.length());
        }
        for (String layer : List.of("QUOTE", "quote", "Quote")) {
            List<JsonNode> hits = hits("الامن", "--layer", layer);
            assertEquals(List.of("الأمني"), texts(hits));
            for (JsonNode hit : hits) {
                assertEquals("quote", hit.get("layer").asText());
                assertTrue(hit.get("start").asInt() >= quote.start() && hit.get("end").asInt() <= quote.end());
            }
        }
        assertEquals(List.of(), texts(hits("الامن", "--layer", "claim")));
    }

    @Test
    void aMalformedQueryIsAUsageErrorNamingThePlaceAndWhatWasExpected() {
        assertEquals(2, cli.run("--db", db.toString(), "search", "\"الفراغ الامني"));
        assertTrue(cli.err().contains("expected a closing quotation mark"), cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
        assertEquals(2, cli.run("--db", db.toString(), "search", "الامن AND"));
        assertTrue(cli.err().contains("at character 10"), cli.err());
        assertEquals(2, cli.run("--db", db.toString(), "search", "الامن", "--layer", "paragraph"));
        assertEquals(2, cli.run("--db", db.toString(), "search", "الامن", "--from", "2024-13-01"));
    }

    @Test
    void csvAndIndexRebuild() throws Exception {
        assertEquals(0, cli.run("--db", db.toString(), "search", "ايران", "--format", "csv"));
        assertTrue(cli.out().startsWith("doc,title,layer,start,end,text,context,actor,score\r\n"), cli.out());
        assertTrue(cli.out().contains(",إيران,"), cli.out());

        assertEquals(0, cli.run("--db", db.toString(), "index", "rebuild"), cli.err());
        assertEquals(1, cli.outJson().get("documents").asInt());
        assertEquals(List.of("إيران"), texts(hits("ايران")));
        assertEquals(2, cli.run("--db", db.toString(), "index", "drop"));
    }
}
