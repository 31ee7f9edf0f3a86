package org.isnad.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Link;
import org.isnad.domain.Span;
import org.isnad.service.ExportRequest;
import org.isnad.service.ImportReport;
import org.isnad.service.ImportRequest;
import org.isnad.service.InterchangeException;
import org.isnad.service.InterchangeFormat;
import org.isnad.service.Progress;
import org.isnad.service.Repositories;
import org.isnad.testing.Kimmitt;
import org.isnad.text.CodePointIndex;
import org.isnad.text.TextHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** W3C Web Annotation: the shape of the export, re-import to the same spans, anchoring when positions are off. */
class WebAnnotationTest extends SourceAndTarget {
    final ObjectMapper json = new ObjectMapper();
    Path exported;
    Path textFile;

    @BeforeEach
    void setUp() throws IOException {
        exported = dir.resolve("work.jsonld");
        new BundleInterchange(() -> source, Fixture.CLOCK).export(
                new ExportRequest(List.of(fixture.documentId), InterchangeFormat.W3C, exported, false, "layla"), Progress.none());
        textFile = Files.writeString(dir.resolve("article.txt"), Kimmitt.FROM_A_FILE);
    }

    ImportReport importW3c(Repositories store, Path file) {
        return new BundleInterchange(() -> store, Fixture.CLOCK).importFile(ImportRequest.of(file, "omar").withText(textFile), Progress.none());
    }

    @Test
    void theExportIsAnAnnotationCollectionWithQuoteAndPositionSelectorsInCodePoints() throws IOException {
        JsonNode root = json.readTree(exported.toFile());
        assertEquals("http://www.w3.org/ns/anno.jsonld", root.get("@context").asText());
        assertEquals("AnnotationCollection", root.get("type").asText());
        JsonNode items = root.get("first").get("items");
        assertEquals(root.get("total").asInt(), items.size());
        CodePointIndex index = new CodePointIndex(Kimmitt.FROM_A_FILE_STORED);
        int tagging = 0;
        int linking = 0;
        for (JsonNode a : items) {
            if (a.get("motivation").asText().equals("linking")) {
                linking++;
                assertTrue(a.get("target").asText().startsWith("urn:isnad:annotation:"));
                continue;
            }
            tagging++;
            JsonNode source = a.get("target").get("source");
            assertEquals("urn:isnad:text:sha256:" + TextHash.sha256Hex(Kimmitt.FROM_A_FILE_STORED), source.get("id").asText());
            assertEquals("ar", source.get("language").asText());
            assertEquals("rtl", source.get("textDirection").asText());
            JsonNode quote = a.get("target").get("selector").get(0);
            JsonNode position = a.get("target").get("selector").get(1);
            assertEquals("TextQuoteSelector", quote.get("type").asText());
            assertEquals("TextPositionSelector", position.get("type").asText());
            int start = index.toUtf16(position.get("start").asInt());
            int end = index.toUtf16(position.get("end").asInt());
            assertEquals(Kimmitt.FROM_A_FILE_STORED.substring(start, end), quote.get("exact").asText());
            assertTrue(Kimmitt.FROM_A_FILE_STORED.substring(0, start).endsWith(quote.get("prefix").asText()));
            assertTrue(Kimmitt.FROM_A_FILE_STORED.substring(end).startsWith(quote.get("suffix").asText()));
        }
        assertEquals(14, tagging);
        assertEquals(10, linking);
    }

    @Test
    void everyAnnotationSaysWhoMadeItWithWhatAndWhen() throws IOException {
        JsonNode root = json.readTree(exported.toFile());
        String page = root.get("first").get("id").asText();
        assertEquals(root.get("id").asText(), root.get("first").get("partOf").asText());
        assertEquals(page, root.get("last").asText());
        assertEquals(0, root.get("first").get("startIndex").asInt());
        for (JsonNode a : root.get("first").get("items")) {
            JsonNode creator = a.get("creator");
            String who = creator.get("name").asText();
            assertTrue(who.equals("layla") || who.equals("omar"), who);
            assertEquals("urn:isnad:user:" + who, creator.get("id").asText());
            assertEquals(who, creator.get("nickname").asText(), "older Isnad reads the nickname");
            assertEquals("Software", a.get("generator").get("type").asText());
            assertTrue(a.get("generator").get("name").asText().startsWith("Isnad "), a.get("generator").toString());
            // the fixture's two analysts work at fixed times, layla's five minutes before omar's
            assertEquals(who.equals("layla") ? "2024-09-24T08:15:30.123Z" : "2024-09-24T08:20:30.123Z", a.get("created").asText());
            for (JsonNode body : a.get("body")) {
                if (body.get("type").asText().equals("TextualBody")) {
                    assertEquals("text/plain", body.get("format").asText());
                    assertTrue(body.has("language"), body.toString());
                }
            }
        }
        assertEquals("urn:isnad:user:%D9%84%D9%8A%D9%84%D9%89%20%D8%A3", WebAnnotationWriter.userIri("ليلى أ"));
    }

    @Test
    void anExportInTheShapeOlderIsnadWroteStillImports() throws IOException {
        ObjectNode root = (ObjectNode) json.readTree(exported.toFile());
        root.remove("last");
        ((ObjectNode) root.get("first")).remove(List.of("id", "partOf"));
        for (JsonNode a : root.get("first").get("items")) {
            ((ObjectNode) a).remove(List.of("created", "modified", "generator"));
            ((ObjectNode) a.get("creator")).remove(List.of("id", "name"));
            a.get("body").forEach(b -> ((ObjectNode) b).remove(List.of("format", "language", "textDirection")));
        }
        assertReimportsToTheSameSpansAndLinks(Files.write(dir.resolve("older.json"), json.writeValueAsBytes(root)));
    }

    static List<String> spansOf(Repositories store, String documentId) {
        return store.annotations().setsOf(documentId).stream().sorted(Comparator.comparing(AnnotationSetInfo::annotator))
                .flatMap(set -> store.annotations().spansOf(set.id()).stream()
                        .map(s -> set.annotator() + " " + s.layer() + " [" + s.start() + ", " + s.end() + ") " + s.note()
                                + " " + s.attributes().getClass().getSimpleName()))
                .toList();
    }

    static List<String> linksOf(Repositories store, String documentId) {
        return store.annotations().setsOf(documentId).stream().flatMap(set -> {
            List<Span> spans = store.annotations().spansOf(set.id());
            return store.annotations().linksOf(set.id()).stream().map((Link l) -> l.type() + " "
                    + find(spans, l.fromSpanId()) + " → " + find(spans, l.toSpanId()));
        }).sorted().toList();
    }

    static String find(List<Span> spans, String id) {
        Span s = spans.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return s.layer() + "[" + s.start() + "," + s.end() + ")";
    }

    @Test
    void theExportReimportsToTheSameSpansAndLinks() {
        assertReimportsToTheSameSpansAndLinks(exported);
    }

    void assertReimportsToTheSameSpansAndLinks(Path file) {
        // W3C carries actor IRIs, not actors: the receiving registry has them
        source.actors().all().forEach(target.actors()::add);
        ImportReport report = importW3c(target, file);
        assertTrue(report.warnings().isEmpty(), report.warnings().toString());
        String id = report.documents().get(0).documentId();
        assertEquals(spansOf(source, fixture.documentId), spansOf(target, id));
        assertEquals(linksOf(source, fixture.documentId), linksOf(target, id));
    }

    @Test
    void wrongPositionsAreAnchoredByTheQuoteAndTheUnanchorableAreReported() throws IOException {
        ObjectNode root = (ObjectNode) json.readTree(exported.toFile());
        int moved = 0;
        String lost = null;
        for (JsonNode a : root.get("first").get("items")) {
            if (!a.get("target").isObject()) {
                continue;
            }
            ObjectNode position = (ObjectNode) a.get("target").get("selector").get(1);
            position.put("start", position.get("start").asInt() + 7);
            position.put("end", position.get("end").asInt() + 7);
            moved++;
            if (lost == null && a.get("body").get(0).get("value").asText().equals("cue")) {
                ((ObjectNode) a.get("target").get("selector").get(0)).put("exact", "كلمة غير موجودة");
                lost = a.get("id").asText();
            }
        }
        Path shifted = Files.write(dir.resolve("shifted.json"), json.writeValueAsBytes(root));
        ImportReport report = importW3c(target, shifted);
        assertEquals(14, moved);
        assertTrue(report.warnings().size() >= 1);
        String expectedLost = lost;
        assertTrue(report.warnings().stream().anyMatch(w -> w.startsWith(expectedLost) && w.contains("does not occur")), report.warnings().toString());
        List<String> expected = spansOf(source, fixture.documentId);
        List<String> got = spansOf(target, report.documents().get(0).documentId());
        assertEquals(expected.size() - 1, got.size());
        assertTrue(expected.containsAll(got), got.toString());
    }

    @Test
    void annotationsOfAnotherTextAreReportedNotImported() throws IOException {
        Path other = Files.writeString(dir.resolve("other.txt"), "نص مختلف تماماً.");
        ImportReport report = new BundleInterchange(() -> target, Fixture.CLOCK)
                .importFile(ImportRequest.of(exported, "omar").withText(other), Progress.none());
        assertTrue(report.documents().get(0).sets().isEmpty());
        assertEquals(14 + 10, report.warnings().size(), report.warnings().toString());
        // the window shows them in its language: in Arabic, every warning in Arabic, none in English
        for (org.isnad.message.Message warning : report.warningMessages()) {
            String arabic = org.isnad.message.Messages.render(warning, java.util.Locale.forLanguageTag("ar"));
            assertTrue(arabic.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC), arabic);
            assertTrue(!arabic.equals(warning.english()), arabic);
        }
    }

    @Test
    void actorsUnknownHereAreReportedAndTheAnnotationsKept() {
        ImportReport report = importW3c(target, exported);
        assertTrue(report.warnings().stream().allMatch(w -> w.contains("is not in this database; the annotation is kept without it")));
        assertEquals(spansOf(source, fixture.documentId).size(), spansOf(target, report.documents().get(0).documentId()).size());
    }

    @Test
    void withoutATextItIsRefused() {
        var before = StoreDump.of(dir.resolve("target/isnad"));
        InterchangeException e = assertThrows(InterchangeException.class, () -> new BundleInterchange(() -> target, Fixture.CLOCK)
                .importFile(ImportRequest.of(exported, "omar"), Progress.none()));
        assertTrue(e.getMessage().contains("--text"), e.getMessage());
        assertEquals(before, StoreDump.of(dir.resolve("target/isnad")));
    }

    @Test
    void exportingTwiceGivesTheSameBytes() throws IOException {
        Path again = dir.resolve("again.jsonld");
        new BundleInterchange(() -> source, Fixture.CLOCK).export(
                new ExportRequest(List.of(fixture.documentId), InterchangeFormat.W3C, again, false, "layla"), Progress.none());
        assertEquals(Files.readString(exported), Files.readString(again));
    }
}
