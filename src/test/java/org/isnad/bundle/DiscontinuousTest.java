package org.isnad.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.QuoteType;
import org.isnad.domain.Span;
import org.isnad.service.ExportRequest;
import org.isnad.service.ImportReport;
import org.isnad.service.ImportRequest;
import org.isnad.service.InterchangeFormat;
import org.isnad.service.Progress;
import org.isnad.service.Repositories;
import org.isnad.store.H2Store;
import org.isnad.text.CodePointIndex;
import org.junit.jupiter.api.BeforeEach;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A quote interrupted by «قال» (brat's {@code T1 Quote 0 4;10 20}): it imports as one span per stretch
 * joined by CONTINUES, and every format carries the join (issue 16).
 */
class DiscontinuousTest {
    /** An emoji before the quote: UTF-16 offsets and code points differ. */
    static final String TEXT = "نقلت الوكالة 😀: «إن الانسحاب الأميركي»، قال كيميت، «لن يؤدي إلى فراغ أمني».\n";
    static final String FIRST = "إن الانسحاب الأميركي";
    static final String SECOND = "لن يؤدي إلى فراغ أمني";
    static final String CUE = "قال";
    static final String SPEAKER = "كيميت";

    @RegisterExtension
    final TempStores stores = new TempStores();
    final Path dir = stores.dir();
    H2Store store;
    H2Store other;
    String ann;

    @BeforeEach
    void setUp() throws IOException {
        store = stores.open("db");
        other = stores.open("other");
        ann = "T1\tQuote " + range(FIRST) + ";" + range(SECOND) + "\t" + FIRST + " " + SECOND + "\n"
                + "T2\tCue " + range(CUE) + "\t" + CUE + "\n"
                + "T3\tSpeaker " + range(SPEAKER) + "\t" + SPEAKER + "\n"
                + "A1\tQuoteType T1 direct\n"
                + "R1\tAttributedTo Arg1:T1 Arg2:T3\n"
                + "R2\tCuedBy Arg1:T1 Arg2:T2\n";
    }

    static String range(String part) {
        CodePointIndex index = new CodePointIndex(TEXT);
        int start = TEXT.lastIndexOf(part);
        return index.toCodePoints(start) + " " + index.toCodePoints(start + part.length());
    }

    static BundleInterchange interchange(Repositories store) {
        return new BundleInterchange(() -> store, Fixture.CLOCK);
    }

    String importBrat(Repositories into) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("article.txt"), TEXT);
        Files.writeString(folder.resolve("article.ann"), ann);
        return interchange(into).importFile(ImportRequest.of(folder.resolve("article.ann"), "layla"), Progress.none())
                .documents().get(0).documentId();
    }

    Path export(Repositories from, InterchangeFormat format, Path out) {
        interchange(from).export(new ExportRequest(List.of(), format, out, false, "layla"), Progress.none());
        return out;
    }

    /** The quote's stretches as text, and each later stretch's CONTINUES link to the first. */
    static List<String> quoteOf(Repositories store, String documentId) {
        AnnotationSetInfo set = store.annotations().setsOf(documentId).get(0);
        List<Span> spans = store.annotations().spansOf(set.id());
        List<String> out = new ArrayList<>();
        for (Span s : spans) {
            if (s.layer() == Layer.QUOTE) {
                out.add(s.textIn(TEXT) + (s.attributes() instanceof QuoteDetails q && q.type() == QuoteType.DIRECT ? " (direct)" : ""));
            }
        }
        for (Link l : store.annotations().linksOf(set.id())) {
            Span from = spans.stream().filter(s -> s.id().equals(l.fromSpanId())).findFirst().orElseThrow();
            Span to = spans.stream().filter(s -> s.id().equals(l.toSpanId())).findFirst().orElseThrow();
            out.add(l.type() + " " + from.textIn(TEXT) + " → " + to.textIn(TEXT));
        }
        out.sort(null);
        return out;
    }

    static final List<String> EXPECTED = List.of(
            "ATTRIBUTED_TO " + FIRST + " → " + SPEAKER,
            "CONTINUES " + SECOND + " → " + FIRST,
            "CUED_BY " + FIRST + " → " + CUE,
            FIRST + " (direct)",
            SECOND + " (direct)");

    @Test
    void aDiscontinuousQuoteImportsAsTwoSpansJoinedByContinues() throws IOException {
        String id = importBrat(store);
        assertEquals(EXPECTED, quoteOf(store, id));
    }

    @Test
    void itExportsBackAsOneDiscontinuousTLineByteForByte() throws IOException {
        String id = importBrat(store);
        Path folder = export(store, InterchangeFormat.BRAT, dir.resolve("out"));
        String back = Files.readString(folder.resolve(id + ".ann"));
        assertEquals(ann.lines().filter(l -> l.startsWith("T")).toList(), back.lines().filter(l -> l.startsWith("T")).toList());
        assertEquals(ann.lines().filter(l -> l.startsWith("R") || l.startsWith("A")).toList(),
                back.lines().filter(l -> l.startsWith("R") || l.startsWith("A")).toList(), "the join is no relation of its own");
        // and that export imports to the same annotations again
        Files.copy(folder.resolve(id + ".txt"), dir.resolve("again.txt"));
        Files.writeString(dir.resolve("again.ann"), back);
        ImportReport again = interchange(other).importFile(ImportRequest.of(dir.resolve("again.ann"), "layla"), Progress.none());
        assertEquals(EXPECTED, quoteOf(other, again.documents().get(0).documentId()));
    }

    @Test
    void theNativeBundleCarriesTheJoin() throws IOException {
        importBrat(store);
        Path bundle = export(store, InterchangeFormat.ISNAD, dir.resolve("work.isnad"));
        String sets = new String(Bundles.entries(bundle).get("documents/1/sets/1.json"), StandardCharsets.UTF_8);
        assertTrue(sets.contains("\"type\" : \"CONTINUES\""), sets);
        ImportReport report = interchange(other).importFile(ImportRequest.of(bundle, "layla"), Progress.none());
        assertEquals(EXPECTED, quoteOf(other, report.documents().get(0).documentId()));
    }

    @Test
    void theW3cExportIsOneAnnotationWithATargetPerStretchAndImportsBack() throws IOException {
        importBrat(store);
        Path json = export(store, InterchangeFormat.W3C, dir.resolve("work.jsonld"));
        JsonNode items = new ObjectMapper().readTree(json.toFile()).get("first").get("items");
        List<JsonNode> quotes = new ArrayList<>();
        items.forEach(a -> {
            if (a.get("body").get(0).get("value").asText().equals("quote")) {
                quotes.add(a);
            }
        });
        assertEquals(1, quotes.size(), items.toString());
        JsonNode targets = quotes.get(0).get("target");
        assertEquals(2, targets.size());
        assertEquals(FIRST, targets.get(0).get("selector").get(0).get("exact").asText());
        assertEquals(SECOND, targets.get(1).get("selector").get(0).get("exact").asText());
        assertEquals(range(SECOND).split(" ")[0], targets.get(1).get("selector").get(1).get("start").asText());
        items.forEach(a -> assertTrue(!a.get("body").get(0).get("value").asText().equals("Continues"), "no linking annotation for the join"));
        Path text = Files.writeString(dir.resolve("article.txt"), TEXT);
        store.actors().all().forEach(other.actors()::add); // W3C names actors by IRI only
        ImportReport report = interchange(other).importFile(ImportRequest.of(json, "layla").withText(text), Progress.none());
        assertTrue(report.warnings().isEmpty(), report.warnings().toString());
        assertEquals(EXPECTED, quoteOf(other, report.documents().get(0).documentId()));
    }

    @Test
    void theAttributionsTableHasOneRowForTheQuote() throws IOException {
        importBrat(store);
        String csv = Files.readString(export(store, InterchangeFormat.CSV, dir.resolve("work.csv")));
        List<List<String>> rows = AttributionCsvTest.parse(csv);
        assertEquals(2, rows.size(), csv);
        assertEquals(FIRST + " … " + SECOND, rows.get(1).get(AttributionCsv.COLUMNS.indexOf("quote")));
        assertEquals(CUE, rows.get(1).get(AttributionCsv.COLUMNS.indexOf("cue")));
    }

    @Test
    void continuesJoinsTwoSpansOfOneLayerOnly() {
        org.isnad.domain.AnnotationSet set = new org.isnad.domain.AnnotationSet(
                AnnotationSetInfo.start("d", "layla", Fixture.CLOCK.instant()), TEXT);
        Span first = Span.mark(Layer.QUOTE, TEXT.indexOf(FIRST), TEXT.indexOf(FIRST) + FIRST.length());
        Span second = Span.mark(Layer.QUOTE, TEXT.indexOf(SECOND), TEXT.indexOf(SECOND) + SECOND.length());
        Span cue = Span.mark(Layer.CUE, TEXT.lastIndexOf(CUE), TEXT.lastIndexOf(CUE) + CUE.length());
        List.of(first, second, cue).forEach(set::addSpan);
        set.addLink(Link.of(LinkType.CONTINUES, second.id(), first.id()));
        org.isnad.domain.DomainException e = org.junit.jupiter.api.Assertions.assertThrows(org.isnad.domain.DomainException.class,
                () -> set.addLink(Link.of(LinkType.CONTINUES, cue.id(), first.id())));
        assertTrue(e.getMessage().contains("joins two annotations of one layer, not a cue and a quote"), e.getMessage());
        assertEquals("domain.link.same.layer", e.message().key());
        assertTrue(LinkType.CONTINUES.joins(Layer.CLAIM, Layer.CLAIM));
        assertTrue(!LinkType.CONTINUES.joins(Layer.CLAIM, Layer.QUOTE));
        assertTrue(!LinkType.ATTRIBUTED_TO.joins(Layer.QUOTE, Layer.QUOTE));
    }
}
