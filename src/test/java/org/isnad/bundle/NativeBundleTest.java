package org.isnad.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.Document;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.SetState;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;
import org.isnad.service.CancelledException;
import org.isnad.service.ConflictPolicy;
import org.isnad.service.SetConflictException;
import org.isnad.service.ExportReport;
import org.isnad.service.ExportRequest;
import org.isnad.service.ImportReport;
import org.isnad.service.ImportRequest;
import org.isnad.service.InterchangeFormat;
import org.isnad.service.Progress;
import org.isnad.service.Repositories;
import org.isnad.testing.Kimmitt;
import org.isnad.text.CodePointIndex;
import org.junit.jupiter.api.Test;

/** Native bundles: lossless round trips, determinism, merging into a database that has the document, conflicts. */
class NativeBundleTest extends SourceAndTarget {
    static BundleInterchange interchange(Repositories store) {
        return new BundleInterchange(() -> store, Fixture.CLOCK);
    }

    Path export(Repositories store, String name, boolean withAudit) {
        Path out = dir.resolve(name);
        interchange(store).export(new ExportRequest(List.of(), InterchangeFormat.ISNAD, out, withAudit, "layla"), Progress.none());
        return out;
    }

    static ImportReport importBundle(Repositories store, Path bundle, ConflictPolicy policy) {
        return interchange(store).importFile(ImportRequest.of(bundle, "omar").withConflictPolicy(policy), Progress.none());
    }

    /** Everything stored about documents, actors and sets, in a stable order (audit events without their sequence). */
    static String contents(Repositories store, boolean withAudit) {
        StringBuilder sb = new StringBuilder();
        store.actors().all().stream().sorted(Comparator.comparing(Actor::id)).forEach(a -> sb.append(a).append('\n'));
        for (var summary : store.documents().summaries()) {
            Document d = store.documents().find(summary.id()).orElseThrow();
            sb.append(d).append('\n');
            for (AnnotationSetInfo info : store.annotations().setsOf(d.id())) {
                sb.append(info).append('\n');
                store.annotations().spansOf(info.id()).forEach(s -> sb.append("  ").append(s).append('\n'));
                store.annotations().linksOf(info.id()).stream().sorted(Comparator.comparing(Link::id))
                        .forEach(l -> sb.append("  ").append(l).append('\n'));
            }
            if (withAudit) {
                for (AuditEvent e : store.audit().eventsOf(d.id())) {
                    if (!e.description().contains("from source.isnad")) {
                        sb.append(new AuditEvent(0, e.documentId(), e.setId(), e.user(), e.at(), e.action(), e.description(),
                                e.before(), e.after())).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    @Test
    void nativeToNativeIsLossless() {
        Path bundle = export(source, "source.isnad", true);
        ImportReport report = importBundle(target, bundle, ConflictPolicy.FAIL);
        assertEquals(1, report.documents().size());
        assertEquals(2, report.documents().get(0).sets().size());
        assertTrue(report.documents().get(0).sets().stream().allMatch(s -> s.result() == ImportReport.Result.ADDED));
        // the actors the annotations name came along; the one nobody names did not
        assertEquals(3, report.actorsCreated().size());
        String expected = contents(source, true).lines()
                .filter(l -> !l.contains("ممثل غير مذكور")).reduce("", (a, b) -> a + b + "\n");
        assertEquals(expected, contents(target, true));
        // and out again: the same entries, byte for byte (the audit trail has grown by the import itself)
        assertEntriesEqual(export(source, "plain.isnad", false), export(target, "again.isnad", false), true);
    }

    @Test
    void theBundleCarriesBothOffsetUnitsTheTextAndTheReviewState() throws Exception {
        Path bundle = export(source, "source.isnad", false);
        Map<String, byte[]> entries = Bundles.entries(bundle);
        assertEquals(List.of("manifest.json", "actors.json", "documents/1/document.json", "documents/1/text.txt",
                "documents/1/sets/1.json", "documents/1/sets/2.json"), List.copyOf(entries.keySet()));
        assertEquals(Kimmitt.FROM_A_FILE_STORED, new String(entries.get("documents/1/text.txt"), StandardCharsets.UTF_8));
        ObjectMapper json = new ObjectMapper();
        JsonNode manifest = json.readTree(entries.get("manifest.json"));
        assertEquals("isnad-bundle", manifest.get("format").asText());
        assertEquals(3, manifest.get("version").asInt());
        assertEquals("layla", manifest.get("creator").asText());
        assertTrue(manifest.get("program").asText().startsWith("Isnad "));
        assertEquals("2024-09-24T08:15:30Z", manifest.get("created").asText());
        assertEquals(5, manifest.get("entries").size());
        JsonNode set = json.readTree(entries.get("documents/1/sets/1.json"));
        assertEquals("layla", set.get("annotator").asText());
        assertEquals("SUBMITTED", set.get("review").get("state").asText());
        CodePointIndex index = new CodePointIndex(Kimmitt.FROM_A_FILE_STORED);
        boolean astralSeen = false;
        for (JsonNode span : set.get("spans")) {
            int start = span.get("start").asInt();
            int end = span.get("end").asInt();
            assertEquals(index.toCodePoints(start), span.get("startCodePoint").asInt());
            assertEquals(index.toCodePoints(end), span.get("endCodePoint").asInt());
            assertEquals(Kimmitt.FROM_A_FILE_STORED.substring(start, end), span.get("text").asText());
            astralSeen |= span.get("endCodePoint").asInt() != end;
        }
        assertTrue(astralSeen, "some span lies after an emoji, where the two units differ");
        assertFalse(entries.containsKey("documents/1/audit.json"));
        String text = new String(entries.get("documents/1/sets/1.json"), StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("}\n"));
    }

    @Test
    void exportingTwiceGivesIdenticalEntriesAndWithAFixedClockAnIdenticalFile() throws Exception {
        Path first = export(source, "first.isnad", true);
        Path second = export(source, "second.isnad", true);
        assertEntriesEqual(first, second, false);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        Path later = dir.resolve("later.isnad");
        new BundleInterchange(() -> source, Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC))
                .export(new ExportRequest(List.of(fixture.documentId), InterchangeFormat.ISNAD, later, true, "layla"), Progress.none());
        assertEntriesEqual(first, later, true);
        assertNotEquals(new String(Bundles.entries(first).get("manifest.json"), StandardCharsets.UTF_8),
                new String(Bundles.entries(later).get("manifest.json"), StandardCharsets.UTF_8));
    }

    static void assertEntriesEqual(Path a, Path b, boolean exceptManifest) {
        try {
            Map<String, byte[]> x = Bundles.entries(a);
            Map<String, byte[]> y = Bundles.entries(b);
            assertEquals(x.keySet(), y.keySet());
            for (String name : x.keySet()) {
                if (exceptManifest && name.equals("manifest.json")) {
                    continue;
                }
                assertArrayEquals(x.get(name), y.get(name), name);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importingTheSameBundleAgainChangesNothing() {
        Path bundle = export(source, "source.isnad", false);
        importBundle(target, bundle, ConflictPolicy.FAIL);
        var before = StoreDump.of(dir.resolve("target/isnad"));
        ImportReport again = importBundle(target, bundle, ConflictPolicy.FAIL);
        assertTrue(again.documents().get(0).existing());
        assertTrue(again.documents().get(0).sets().stream().allMatch(s -> s.result() == ImportReport.Result.UNCHANGED));
        assertTrue(again.actorsCreated().isEmpty());
        assertEquals(before, StoreDump.of(dir.resolve("target/isnad")));
    }

    @Test
    void aBundleForADocumentAlreadyThereAddsItsSetsBesideTheExistingOnes() {
        // the target has the same article (same text SHA-256, another id) with its own annotator
        Document own = new org.isnad.service.Library(target, Fixture.CLOCK).importText(Kimmitt.FROM_A_FILE, "paste", 
                org.isnad.service.ImportOptions.none(), "sara").document();
        assertNotEquals(fixture.documentId, own.id());
        AnnotationSession sara = AnnotationSession.open(target, own.id(), "sara", Fixture.CLOCK);
        Fixture.mark(sara, Layer.CUE, "قال");
        ImportReport report = importBundle(target, export(source, "source.isnad", false), ConflictPolicy.FAIL);
        assertTrue(report.documents().get(0).existing());
        assertEquals(own.id(), report.documents().get(0).documentId());
        assertEquals(1, target.documents().count());
        List<AnnotationSetInfo> sets = target.annotations().setsOf(own.id());
        assertEquals(List.of("layla", "omar", "sara"), sets.stream().map(AnnotationSetInfo::annotator).sorted().toList());
        assertTrue(sets.stream().allMatch(s -> s.documentId().equals(own.id())));
    }

    @Test
    void aChangedSetFailsByDefaultAndTheMessageExplainsTheChoices() {
        Path bundle = export(source, "source.isnad", false);
        importBundle(target, bundle, ConflictPolicy.FAIL);
        String laylaSet = target.annotations().setsOf(fixture.documentId).get(0).id();
        target.annotations().updateSet(target.annotations().findSet(laylaSet).orElseThrow().withState(SetState.APPROVED));
        var before = StoreDump.of(dir.resolve("target/isnad"));
        SetConflictException e = assertThrows(SetConflictException.class, () -> importBundle(target, bundle, ConflictPolicy.FAIL));
        assertTrue(e.getMessage().contains(laylaSet) && e.getMessage().contains("--on-conflict keep-both")
                && e.getMessage().contains("--on-conflict replace"), e.getMessage());
        assertEquals(before, StoreDump.of(dir.resolve("target/isnad")));
    }

    @Test
    void keepBothAddsTheBundlesVersionUnderNewIds() {
        Path bundle = export(source, "source.isnad", false);
        importBundle(target, bundle, ConflictPolicy.FAIL);
        AnnotationSetInfo layla = target.annotations().setsOf(fixture.documentId).get(0);
        Span first = target.annotations().spansOf(layla.id()).get(0);
        target.annotations().updateSpan(layla.id(), first.withNote("تعديل محلي"));
        ImportReport report = importBundle(target, bundle, ConflictPolicy.KEEP_BOTH);
        var outcomes = report.documents().get(0).sets();
        assertEquals(ImportReport.Result.KEPT_BOTH, outcomes.get(0).result());
        assertNotEquals(layla.id(), outcomes.get(0).setId());
        assertEquals(layla.id(), outcomes.get(0).importedSetId());
        assertEquals(ImportReport.Result.UNCHANGED, outcomes.get(1).result());
        assertEquals(3, target.annotations().setsOf(fixture.documentId).size());
        List<Span> copy = target.annotations().spansOf(outcomes.get(0).setId());
        List<Span> original = source.annotations().spansOf(layla.id());
        assertEquals(original.size(), copy.size());
        for (int i = 0; i < copy.size(); i++) {
            assertEquals(original.get(i).withBounds(0, 1).withNote(null).attributes(), copy.get(i).attributes());
            assertEquals(original.get(i).start(), copy.get(i).start());
            assertEquals(original.get(i).note(), copy.get(i).note());
            assertNotEquals(original.get(i).id(), copy.get(i).id());
        }
        assertEquals(source.annotations().linksOf(layla.id()).size(), target.annotations().linksOf(outcomes.get(0).setId()).size());
        assertEquals("تعديل محلي", target.annotations().spansOf(layla.id()).get(0).note());
    }

    @Test
    void replacePutsTheBundlesVersionInPlace() {
        Path bundle = export(source, "source.isnad", false);
        importBundle(target, bundle, ConflictPolicy.FAIL);
        AnnotationSetInfo layla = target.annotations().setsOf(fixture.documentId).get(0);
        AnnotationSession session = AnnotationSession.open(target, fixture.documentId, "zaid", Fixture.CLOCK);
        target.annotations().updateSet(layla.withState(SetState.CHANGES_REQUESTED));
        Span extra = Span.mark(Layer.CUE, Fixture.at("أضاف"), Fixture.at("أضاف") + 4);
        target.annotations().addSpan(layla.id(), extra);
        ImportReport report = importBundle(target, bundle, ConflictPolicy.REPLACE);
        assertEquals(ImportReport.Result.REPLACED, report.documents().get(0).sets().get(0).result());
        assertEquals(contents(source, false).lines().filter(l -> !l.contains("ممثل غير مذكور")).toList(),
                contents(target, false).lines().toList());
        assertTrue(session.set().spans().isEmpty());
    }

    @Test
    void aFailureHalfwayThroughTheWritesLeavesTheDatabaseAsItWas() throws Exception {
        // a second document whose annotation reuses the id of a span already stored: the insert fails late
        Path bundle = export(source, "source.isnad", false);
        importBundle(target, bundle, ConflictPolicy.FAIL);
        Map<String, byte[]> entries = Bundles.entries(bundle);
        String otherText = Kimmitt.FROM_A_FILE_STORED + "سطر آخر.\n";
        String storedSpan = target.annotations().spansOf(target.annotations().setsOf(fixture.documentId).get(0).id()).get(0).id();
        String doc = new String(entries.get("documents/1/document.json"), StandardCharsets.UTF_8)
                .replace(fixture.documentId, "another-document")
                .replace(org.isnad.text.TextHash.sha256Hex(Kimmitt.FROM_A_FILE_STORED), org.isnad.text.TextHash.sha256Hex(otherText))
                .replaceAll("\"utf16Length\" : \\d+", "\"utf16Length\" : " + otherText.length())
                .replaceAll("\"codePointLength\" : \\d+", "\"codePointLength\" : " + new CodePointIndex(otherText).codePointLength());
        String set = new String(entries.get("documents/1/sets/2.json"), StandardCharsets.UTF_8)
                .replace(fixture.documentId, "another-document")
                .replace(target.annotations().setsOf(fixture.documentId).get(1).id(), "another-set");
        String firstSpanOfOmar = new ObjectMapper().readTree(set).get("spans").get(0).get("id").asText();
        set = set.replace(firstSpanOfOmar, storedSpan);
        entries.put("documents/2/document.json", doc.getBytes(StandardCharsets.UTF_8));
        entries.put("documents/2/text.txt", otherText.getBytes(StandardCharsets.UTF_8));
        entries.put("documents/2/sets/1.json", set.getBytes(StandardCharsets.UTF_8));
        Path crafted = Bundles.writeWithManifest(dir.resolve("crafted.isnad"), entries);
        var before = StoreDump.of(dir.resolve("target/isnad"));
        assertThrows(RuntimeException.class, () -> importBundle(target, crafted, ConflictPolicy.FAIL));
        assertEquals(before, StoreDump.of(dir.resolve("target/isnad")));
    }

    @Test
    void cancellingAnImportOrAnExportLeavesNothing() {
        Path bundle = export(source, "source.isnad", false);
        var before = StoreDump.of(dir.resolve("target/isnad"));
        AtomicInteger reports = new AtomicInteger();
        // cancel once writing has started, inside the transaction
        Progress cancelWhileWriting = Progress.of((done, total, step) -> reports.incrementAndGet(), () -> reports.get() >= 3);
        assertThrows(CancelledException.class, () -> interchange(target).importFile(ImportRequest.of(bundle, "omar"), cancelWhileWriting));
        assertEquals(before, StoreDump.of(dir.resolve("target/isnad")));
        Path out = dir.resolve("cancelled.isnad");
        assertThrows(CancelledException.class, () -> interchange(source).export(
                new ExportRequest(List.of(), InterchangeFormat.ISNAD, out, false, "layla"), Progress.of((d, t, s) -> { }, () -> true)));
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void progressIsReported() {
        AtomicInteger calls = new AtomicInteger();
        ExportReport report = interchange(source).export(new ExportRequest(List.of(fixture.documentId), InterchangeFormat.ISNAD,
                dir.resolve("p.isnad"), false, "layla"), Progress.of((d, t, s) -> calls.incrementAndGet(), () -> false));
        assertTrue(calls.get() >= 2);
        assertEquals(1, report.documents());
        assertEquals(2, report.sets());
        assertEquals(List.of(dir.resolve("p.isnad")), report.files());
    }
}
