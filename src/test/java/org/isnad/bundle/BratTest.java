package org.isnad.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.Layer;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.QuoteType;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;
import org.isnad.service.ExportRequest;
import org.isnad.service.ImportReport;
import org.isnad.service.ImportRequest;
import org.isnad.service.InterchangeException;
import org.isnad.service.InterchangeFormat;
import org.isnad.service.Progress;
import org.isnad.service.Repositories;
import org.isnad.testing.Kimmitt;
import org.isnad.text.CodePointIndex;
import org.junit.jupiter.api.Test;

/** brat standoff: the export's lines, brat → Isnad → brat round trips, CRLF texts, actor matching, refusals by line. */
class BratTest extends SourceAndTarget {
    static Path exportBrat(Repositories store, Path folder) {
        new BundleInterchange(() -> store, Fixture.CLOCK).export(
                new ExportRequest(List.of(), InterchangeFormat.BRAT, folder, false, "layla"), Progress.none());
        return folder;
    }

    static ImportReport importAnn(Repositories store, Path ann) {
        return new BundleInterchange(() -> store, Fixture.CLOCK).importFile(ImportRequest.of(ann, "omar"), Progress.none());
    }

    static int cp(String part) {
        return new CodePointIndex(Kimmitt.FROM_A_FILE_STORED).toCodePoints(Fixture.at(part));
    }

    @Test
    void theExportHasTheTextAndTypedLinesInCodePoints() throws IOException {
        Path folder = exportBrat(source, dir.resolve("brat"));
        String id = fixture.documentId;
        assertEquals(Kimmitt.FROM_A_FILE_STORED, Files.readString(folder.resolve(id + ".txt")));
        assertTrue(Files.exists(folder.resolve(id + "-2.ann")), "omar's set is the second pair");
        String ann = Files.readString(folder.resolve(id + ".ann"));
        assertTrue(!ann.contains("\r"));
        String agency = "وكالة رويترز";
        int start = cp(agency);
        assertTrue(start < Fixture.at(agency), "code points, not UTF-16 units, after the emoji");
        assertTrue(ann.contains("\tSpeaker " + start + " " + (start + agency.length()) + "\t" + agency + "\n"), ann);
        assertTrue(ann.contains("\tCue 0 3\tقال\n"), ann);
        assertTrue(ann.matches("(?s).*\tQuoteType T\\d+ mixed\n.*"), ann);
        assertTrue(ann.matches("(?s).*\tQuoteType T\\d+ indirect\n.*"), ann);
        for (String relation : List.of("AttributedTo", "CuedBy", "Expresses", "NestedIn", "ClaimedBy")) {
            assertTrue(ann.matches("(?s).*\nR\\d+\t" + relation + " Arg1:T\\d+ Arg2:T\\d+\n.*"), relation + "\n" + ann);
        }
        assertTrue(ann.contains("\tReference T2 isnad:" + fixture.kimmitt.id() + "\tمارك كيميت\n"), ann);
        assertTrue(ann.contains("AnnotatorNotes T"), ann);
        assertTrue(ann.contains("\tسطر ثانٍ, with a comma\n"), ann);
    }

    @Test
    void bratToIsnadToBratGivesTheSameFile() throws IOException {
        Path first = exportBrat(source, dir.resolve("first"));
        Path ann = first.resolve(fixture.documentId + ".ann");
        ImportReport report = importAnn(target, ann);
        assertEquals(3, report.actorsCreated().size(), "the referenced actors are created under their ids");
        String newId = report.documents().get(0).documentId();
        Path second = exportBrat(target, dir.resolve("second"));
        assertEquals(Files.readString(ann), Files.readString(second.resolve(newId + ".ann")));
        assertEquals(Files.readString(first.resolve(fixture.documentId + ".txt")), Files.readString(second.resolve(newId + ".txt")));
        // the claim's claimant comes back from ClaimedBy, the notes keep their line break
        AnnotationSetInfo set = target.annotations().setsOf(newId).get(0);
        List<Span> spans = target.annotations().spansOf(set.id());
        Span claim = spans.stream().filter(s -> s.layer() == Layer.CLAIM).findFirst().orElseThrow();
        assertEquals(fixture.kimmitt.id(), ((ClaimDetails) claim.attributes()).claimantActorId());
        assertTrue(spans.stream().anyMatch(s -> "نفي مع «لا أعتقد»\nسطر ثانٍ, with a comma".equals(s.note())));
        assertEquals("مارك كيميت", target.actors().find(fixture.kimmitt.id()).orElseThrow().canonicalName());
    }

    /** brat lines by meaning: T as type+offsets+text, R and A with their arguments resolved to T's meaning. */
    static TreeSet<String> meaning(String ann) {
        Map<String, String> t = new HashMap<>();
        TreeSet<String> out = new TreeSet<>();
        for (String line : ann.split("\n")) {
            String[] f = line.split("\t");
            if (line.startsWith("T")) {
                t.put(f[0], f[1] + " «" + f[2] + "»");
                out.add(f[1] + " «" + f[2] + "»");
            }
        }
        for (String line : ann.split("\n")) {
            String[] f = line.split("\t");
            if (line.startsWith("R")) {
                String[] p = f[1].split(" ");
                out.add(p[0] + "(" + t.get(p[1].substring(5)) + ", " + t.get(p[2].substring(5)) + ")");
            } else if (line.startsWith("A") || line.startsWith("N")) {
                String[] p = f[1].split(" ");
                out.add(p[0] + "(" + t.get(p[1]) + ") = " + p[2]);
            }
        }
        return out;
    }

    @Test
    void aHandWrittenAnnInAnyOrderComesBackWithTheSameSpansRelationsAndAttributes() throws IOException {
        int q = cp("سنواصل العمل مع الشركاء");
        int c = cp("أضاف");
        int s = cp("مارك كيميت");
        String ann = "R7\tCuedBy Arg1:T9 Arg2:T3\n"
                + "T9\tQuote " + q + " " + (q + 23) + "\tسنواصل العمل مع الشركاء\n"
                + "A4\tQuoteType T9 indirect\n"
                + "T3\tCue " + c + " " + (c + 4) + "\tأضاف\n"
                + "T1\tSpeaker " + s + " " + (s + 10) + "\tمارك كيميت\n"
                + "R2\tAttributedTo Arg1:T9 Arg2:T1\n"
                + "N1\tReference T1 isnad:" + fixture.kimmitt.id() + "\tمارك كيميت\n";
        Path folder = Files.createDirectories(dir.resolve("hand"));
        Files.writeString(folder.resolve("article.txt"), Kimmitt.FROM_A_FILE_STORED);
        Files.writeString(folder.resolve("article.ann"), ann);
        String id = importAnn(target, folder.resolve("article.ann")).documents().get(0).documentId();
        String back = Files.readString(exportBrat(target, dir.resolve("back")).resolve(id + ".ann"));
        assertEquals(meaning(ann), meaning(back));
    }

    @Test
    void aCrlfTextWithABomHasItsOffsetsCountedAsBratCountsThem() throws IOException {
        String raw = "\uFEFF" + Kimmitt.FROM_A_FILE;
        CodePointIndex rawIndex = new CodePointIndex(raw);
        String agency = "وكالة رويترز";
        int start = rawIndex.toCodePoints(raw.indexOf(agency));
        Path folder = Files.createDirectories(dir.resolve("crlf"));
        Files.writeString(folder.resolve("crlf.txt"), raw);
        Files.writeString(folder.resolve("crlf.ann"), "T1\tSpeaker " + start + " " + (start + agency.length()) + "\t" + agency + "\r\n");
        ImportReport report = importAnn(target, folder.resolve("crlf.ann"));
        String id = report.documents().get(0).documentId();
        assertEquals(org.isnad.text.TextHash.sha256Hex(Kimmitt.FROM_A_FILE_STORED), report.documents().get(0).sha256());
        Span span = target.annotations().spansOf(target.annotations().setsOf(id).get(0).id()).get(0);
        assertEquals(agency, span.textIn(Kimmitt.FROM_A_FILE_STORED));
    }

    @Test
    void speakersWithoutReferenceAreMatchedByFoldedNameOrCreated() throws IOException {
        target.actors().add(fixture.kimmitt);
        String text = "قال مارْكُ كيميـت إن «الأمر انتهى»، وقال سامي الحربي إن «لا».\n";
        CodePointIndex index = new CodePointIndex(text);
        String voweled = "مارْكُ كيميـت";
        String unknown = "سامي الحربي";
        int a = index.toCodePoints(text.indexOf(voweled));
        int b = index.toCodePoints(text.indexOf(unknown));
        Path folder = Files.createDirectories(dir.resolve("names"));
        Files.writeString(folder.resolve("n.txt"), text);
        Files.writeString(folder.resolve("n.ann"), "T1\tSpeaker " + a + " " + (a + voweled.length()) + "\t" + voweled + "\n"
                + "T2\tSpeaker " + b + " " + (b + unknown.length()) + "\t" + unknown + "\n");
        ImportReport report = importAnn(target, folder.resolve("n.ann"));
        assertEquals(1, report.actorsCreated().size());
        Actor created = target.actors().find(report.actorsCreated().get(0)).orElseThrow();
        assertEquals(unknown, created.canonicalName());
        List<Span> spans = target.annotations().spansOf(report.documents().get(0).sets().get(0).setId());
        assertEquals(fixture.kimmitt.id(), ((SpeakerMention) spans.get(0).attributes()).actorId());
        assertEquals(created.id(), ((SpeakerMention) spans.get(1).attributes()).actorId());
    }

    void assertRefusedAtLine(String ann, int line, String reason) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(folder.resolve("bad.txt"), Kimmitt.FROM_A_FILE_STORED);
        Files.writeString(folder.resolve("bad.ann"), ann);
        var before = StoreDump.of(dir.resolve("target/isnad"));
        InterchangeException e = assertThrows(InterchangeException.class, () -> importAnn(target, folder.resolve("bad.ann")));
        assertTrue(e.getMessage().contains("bad.ann line " + line), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertEquals(before, StoreDump.of(dir.resolve("target/isnad")));
    }

    @Test
    void aTextThatDoesNotMatchIsRefusedWithItsLineNumber() throws IOException {
        assertRefusedAtLine("T1\tCue 0 3\tقال\nT2\tSpeaker 4 14\tمارك كيمت\n", 2, "T2 says «مارك كيمت» but bad.txt has «مارك كيميت»");
    }

    @Test
    void discontinuousSpansAreRefused() throws IOException {
        assertRefusedAtLine("T1\tCue 0 3\tقال\nT2\tSpeaker 4 8;9 14\tمارك كيميت\n", 2, "discontinuous");
    }

    @Test
    void unknownTypesRelationsAndLinesAreRefused() throws IOException {
        assertRefusedAtLine("T1\tPerson 0 3\tقال\n", 1, "Isnad knows Speaker, Cue, Quote and Claim");
        assertRefusedAtLine("T1\tCue 0 3\tقال\nR1\tSays Arg1:T1 Arg2:T1\n", 2, "relation type «Says»");
        assertRefusedAtLine("T1\tCue 0 3\tقال\nE1\tCue:T1\n", 2, "Isnad reads T, R, A, N and # lines");
        assertRefusedAtLine("T1\tCue 0 3\tقال\n\nR1\tCuedBy Arg1:T1 Arg2:T7\n", 3, "T7, which no T line defines");
    }

    @Test
    void aRelationBetweenTheWrongLayersIsRefusedWithItsLine() throws IOException {
        assertRefusedAtLine("T1\tCue 0 3\tقال\nT2\tSpeaker 4 14\tمارك كيميت\nR1\tAttributedTo Arg1:T1 Arg2:T2\n", 3,
                "goes from a quote to a speaker mention");
    }

    @Test
    void aSpanSplittingALetterFromItsMarkIsRefused() throws IOException {
        int cp = cp("أعتقدُ") + 5; // between the dal and its damma
        String word = new String(Kimmitt.FROM_A_FILE_STORED.codePoints().skip(cp - 5).limit(5).toArray(), 0, 5);
        assertRefusedAtLine("T1\tCue " + (cp - 5) + " " + cp + "\t" + word + "\n", 1, "splits a letter from its marks");
    }

    @Test
    void aMissingTextBesideTheAnnIsRefused() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("alone"));
        Files.writeString(folder.resolve("alone.ann"), "T1\tCue 0 3\tقال\n");
        InterchangeException e = assertThrows(InterchangeException.class, () -> importAnn(target, folder.resolve("alone.ann")));
        assertTrue(e.getMessage().contains("alone.txt") && e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void quoteTypesArriveAsAttributes() throws IOException {
        Path first = exportBrat(source, dir.resolve("types"));
        String id = importAnn(target, first.resolve(fixture.documentId + ".ann")).documents().get(0).documentId();
        List<QuoteType> types = new ArrayList<>();
        for (Span s : target.annotations().spansOf(target.annotations().setsOf(id).get(0).id())) {
            if (s.attributes() instanceof QuoteDetails qd) {
                types.add(qd.type());
            }
        }
        assertEquals(List.of(QuoteType.DIRECT, QuoteType.MIXED, QuoteType.INDIRECT, QuoteType.DIRECT), types);
        assertNotNull(id);
        assertTrue(new String(Files.readAllBytes(first.resolve(fixture.documentId + ".ann")), StandardCharsets.UTF_8).contains("direct"));
    }
}
