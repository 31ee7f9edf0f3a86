package org.isnad.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.isnad.service.ExportRequest;
import org.isnad.service.ImportOptions;
import org.isnad.service.ImportRequest;
import org.isnad.service.InterchangeException;
import org.isnad.service.InterchangeFormat;
import org.isnad.service.Library;
import org.isnad.service.Progress;
import org.isnad.testing.Kimmitt;
import org.isnad.text.CodePointIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every refusal of a native bundle, each with a crafted bundle; each test also checks that the
 * database (which already holds work) is exactly as before.
 */
class BundleRefusalTest extends SourceAndTarget {
    static final String SET = "documents/1/sets/1.json";

    Map<String, byte[]> good;

    @BeforeEach
    void setUp() throws IOException {
        new Library(target, Fixture.CLOCK).importText("نص آخر في قاعدة البيانات.", "other", ImportOptions.none(), "sara");
        Path bundle = dir.resolve("good.isnad");
        new BundleInterchange(() -> source, Fixture.CLOCK).export(
                new ExportRequest(List.of(), InterchangeFormat.ISNAD, bundle, true, "layla"), Progress.none());
        good = Bundles.entries(bundle);
    }

    /** Imports with the given limits, expects a refusal naming {@code entry} and saying {@code reason}, and an unchanged database. */
    InterchangeException assertRefused(Path bundle, BundleLimits limits, String entry, String reason) {
        var before = StoreDump.of(dir.resolve("target/isnad"));
        InterchangeException e = assertThrows(InterchangeException.class, () -> new BundleInterchange(() -> target, Fixture.CLOCK, limits)
                .importFile(ImportRequest.of(bundle, "omar"), Progress.none()));
        assertTrue(e.getMessage().contains(entry), "names " + entry + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(reason), "says " + reason + ": " + e.getMessage());
        assertEquals(before, StoreDump.of(dir.resolve("target/isnad")));
        return e;
    }

    InterchangeException assertRefused(Path bundle, String entry, String reason) {
        return assertRefused(bundle, BundleLimits.DEFAULT, entry, reason);
    }

    Path withEntries(UnaryOperator<Map<String, byte[]>> change) throws IOException {
        return Bundles.writeWithManifest(dir.resolve("crafted.isnad"), change.apply(new LinkedHashMap<>(good)));
    }

    /** The set entry with a textual change, and a manifest that matches it (so only the content is wrong). */
    Path withSet(UnaryOperator<String> change) throws IOException {
        return withEntries(e -> {
            e.put(SET, change.apply(new String(e.get(SET), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            return e;
        });
    }

    static String firstSpanField(String set, String field) {
        int at = set.indexOf("\"" + field + "\" : ");
        int end = set.indexOf(',', at);
        return set.substring(at, end);
    }

    @Test
    void theUntouchedBundleImports() throws IOException {
        Path bundle = Bundles.write(dir.resolve("same.isnad"), good);
        new BundleInterchange(() -> target, Fixture.CLOCK).importFile(ImportRequest.of(bundle, "omar"), Progress.none());
        assertEquals(2, target.documents().count());
    }

    @Test
    void anAbsolutePathIsRefused() throws IOException {
        assertRefused(withEntries(e -> {
            e.put("/etc/cron.d/isnad", "x".getBytes(StandardCharsets.UTF_8));
            return e;
        }), "/etc/cron.d/isnad", "absolute path");
    }

    @Test
    void aParentPathIsRefused() throws IOException {
        assertRefused(withEntries(e -> {
            e.put("documents/1/../../../evil.json", "{}".getBytes(StandardCharsets.UTF_8));
            return e;
        }), "evil.json", "«..»");
    }

    @Test
    void aDuplicateEntryIsRefused() throws IOException {
        // the zip writer refuses duplicates, so write a twin under another name of the same length and rename it in the bytes
        Map<String, byte[]> entries = new LinkedHashMap<>(good);
        entries.put("documents/1/sets/9.json", entries.get(SET));
        byte[] zip = NativeBundleWriter.zip(entries);
        byte[] from = "documents/1/sets/9.json".getBytes(StandardCharsets.UTF_8);
        byte[] to = SET.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + from.length <= zip.length; i++) {
            if (java.util.Arrays.equals(zip, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, zip, i, to.length);
            }
        }
        Path bundle = Files.write(dir.resolve("twice.isnad"), zip);
        assertRefused(bundle, SET, "appears twice");
    }

    @Test
    void anOversizedEntryIsRefused() throws IOException {
        BundleLimits small = new BundleLimits(100, 4096, 1 << 20, 100, 1 << 20, 16, 255);
        assertRefused(Bundles.write(dir.resolve("big.isnad"), good), small, SET, "larger than the limit of 4096 bytes");
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        BundleLimits few = new BundleLimits(4, 64 << 20, 1 << 28, 100, 1 << 20, 16, 255);
        assertRefused(Bundles.write(dir.resolve("many.isnad"), good), few, "documents/1", "more than 4 entries");
    }

    @Test
    void aZipBombIsRefusedWhileInflating() throws IOException {
        // 64 MiB of zeros deflate to about 64 KiB; the header claims nothing unusual
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(good.get("manifest.json"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("documents/1/text.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        Path bomb = Files.write(dir.resolve("bomb.isnad"), bytes.toByteArray());
        assertRefused(bomb, "documents/1/text.txt", "zip bomb");
    }

    @Test
    void invalidUtf8IsRefused() throws IOException {
        assertRefused(withEntries(e -> {
            byte[] set = e.get(SET).clone();
            set[40] = (byte) 0xC3;
            set[41] = (byte) 0x28;
            e.put(SET, set);
            return e;
        }), SET, "invalid UTF-8 at byte 40");
    }

    @Test
    void aChangedEntryFailsItsHash() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(good);
        byte[] text = entries.get("documents/1/text.txt").clone();
        text[10] ^= 1;
        entries.put("documents/1/text.txt", text);
        assertRefused(Bundles.write(dir.resolve("changed.isnad"), entries), "documents/1/text.txt", "SHA-256");
    }

    @Test
    void aNewerFormatVersionIsRefused() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(good);
        entries.put("manifest.json", new String(good.get("manifest.json"), StandardCharsets.UTF_8)
                .replace("\"version\" : 3", "\"version\" : 4").getBytes(StandardCharsets.UTF_8));
        assertRefused(Bundles.write(dir.resolve("v4.isnad"), entries), "manifest.json", "format version 4");
    }

    @Test
    void somethingElseThanABundleIsRefused() throws IOException {
        assertRefused(Files.writeString(dir.resolve("notes.isnad"), "just text"), "manifest.json", "not an Isnad bundle");
        Map<String, byte[]> entries = new LinkedHashMap<>(good);
        entries.put("manifest.json", new String(good.get("manifest.json"), StandardCharsets.UTF_8)
                .replace("isnad-bundle", "other-bundle").getBytes(StandardCharsets.UTF_8));
        assertRefused(Bundles.write(dir.resolve("other.isnad"), entries), "manifest.json", "not an Isnad bundle");
    }

    @Test
    void anEntryTheFormatDoesNotKnowIsRefused() throws IOException {
        assertRefused(withEntries(e -> {
            e.put("documents/1/extra.bin", new byte[] {1, 2, 3});
            return e;
        }), "documents/1/extra.bin", "not part of the isnad-bundle format");
    }

    @Test
    void anUnknownFieldIsRefused() throws IOException {
        assertRefused(withSet(s -> s.replaceFirst("\"annotator\"", "\"colour\" : \"red\",\n  \"annotator\"")), SET,
                "unknown field «colour»");
    }

    @Test
    void aMissingFieldIsRefused() throws IOException {
        assertRefused(withSet(s -> s.replaceFirst("\"note\" : [^\\n]*\\n", "")), SET, "lacks the field «note»");
    }

    @Test
    void aWrongTypeIsRefused() throws IOException {
        assertRefused(withSet(s -> s.replaceFirst("\"start\" : (\\d+)", "\"start\" : \"$1\"")), SET, "«start» must be a whole number");
        assertRefused(withSet(s -> s.replaceFirst("\"layer\" : \"CUE\"", "\"layer\" : \"GOSSIP\"")), SET, "«layer» is «GOSSIP»");
    }

    @Test
    void deepNestingIsRefused() throws IOException {
        assertRefused(withSet(s -> s.replaceFirst("\"note\" : null", "\"note\" : " + "[".repeat(40) + "]".repeat(40))), SET,
                "nested deeper than 16");
    }

    @Test
    void offsetsOutsideTheTextAreRefused() throws IOException {
        int length = Kimmitt.FROM_A_FILE_STORED.length();
        int cps = new CodePointIndex(Kimmitt.FROM_A_FILE_STORED).codePointLength();
        assertRefused(withSet(s -> s.replaceFirst("\"end\" : \\d+", "\"end\" : " + (length + 5))
                .replaceFirst("\"endCodePoint\" : \\d+", "\"endCodePoint\" : " + (cps + 5))), SET, "ends past the end of the text");
    }

    @Test
    void anOffsetSplittingAGraphemeClusterIsRefused() throws IOException {
        // «أعتقدُ»: end the quote between the dal and its damma
        int damma = Kimmitt.FROM_A_FILE_STORED.indexOf("أعتقدُ") + 5;
        String quote = Kimmitt.FROM_A_FILE_STORED.substring(Fixture.at("لا أعتقدُ"), damma);
        int start = Fixture.at("لا أعتقدُ");
        assertRefused(withSet(s -> s.replace(firstQuoteEnd(s), "\"end\" : " + damma)), SET, "splits a letter from its marks");
        assertTrue(quote.endsWith("د"));
        assertTrue(start > 0);
    }

    /** The {@code "end"} field of layla's first quote (the Kimmitt quote). */
    static String firstQuoteEnd(String set) {
        int quote = set.indexOf("\"text\" : \"لا أعتقدُ أنَّ الانسحابَ الأميركيّ");
        int objectStart = set.lastIndexOf("\"attributes\"", quote);
        int end = set.indexOf("\"end\" : ", objectStart);
        return set.substring(end, set.indexOf(',', end));
    }

    @Test
    void utf16AndCodePointOffsetsThatDisagreeAreRefused() throws IOException {
        // a span after the emoji: its code-point end is one less than its UTF-16 end; claim they are equal
        assertRefused(withSet(s -> {
            int at = s.indexOf("\"text\" : \"وكالة رويترز\"");
            int objectStart = s.lastIndexOf("\"attributes\"", at);
            int end = s.indexOf("\"endCodePoint\" : ", objectStart);
            String field = s.substring(end, s.indexOf(',', end));
            int utf16End = Fixture.at("وكالة رويترز") + "وكالة رويترز".length();
            return s.replace(field, "\"endCodePoint\" : " + utf16End);
        }), SET, "disagree with the UTF-16 offsets");
    }

    @Test
    void aSpanWhoseTextDoesNotMatchIsRefused() throws IOException {
        assertRefused(withSet(s -> s.replace("\"text\" : \"وكالة رويترز\"", "\"text\" : \"وكالة فرانس برس\"")), SET,
                "the document has «وكالة رويترز» there");
    }

    @Test
    void aLinkToAMissingAnnotationIsRefused() throws IOException {
        assertRefused(withSet(s -> {
            int links = s.indexOf("\"links\"");
            int to = s.indexOf("\"to\" : \"", links) + "\"to\" : \"".length();
            return s.substring(0, to) + "no-such-span" + s.substring(s.indexOf('"', to));
        }), SET, "points to a missing annotation (no-such-span)");
    }

    @Test
    void aTextThatDoesNotMatchItsHashIsRefused() throws IOException {
        assertRefused(withEntries(e -> {
            e.put("documents/1/text.txt", Kimmitt.FROM_A_FILE_STORED.replace("مارك", "مارق").getBytes(StandardCharsets.UTF_8));
            return e;
        }), "documents/1/document.json", "text's SHA-256");
    }

    @Test
    void anActorNobodyHasIsRefused() throws IOException {
        assertRefused(withEntries(e -> {
            e.put("actors.json", "{\n  \"actors\" : [ ]\n}\n".getBytes(StandardCharsets.UTF_8));
            return e;
        }), "documents/1/document.json", "neither among the file's actors nor in this database");
    }

    @Test
    void aMissingTextIsRefused() throws IOException {
        assertRefused(withEntries(e -> {
            e.remove("documents/1/text.txt");
            return e;
        }), "documents/1/text.txt", "has no text");
    }
}
