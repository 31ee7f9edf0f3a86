package org.isnad.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import org.isnad.domain.DomainException;
import org.isnad.domain.Layer;
import org.isnad.message.Messages;
import org.isnad.store.H2Store;
import org.isnad.testing.SampleArticles;
import org.isnad.testing.TempStores;
import org.isnad.text.TextDecodingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LibraryTest {
    @RegisterExtension
    final TempStores stores = new TempStores();
    final H2Store store = stores.open();
    final Library library = new Library(store, Clock.systemUTC());
    final Path dir = stores.dir();

    static byte[] sample() {
        return SampleArticles.bytes(SampleArticles.ALHURRA);
    }

    @Test
    void importsTheSampleWithItsHashAndTitle() throws IOException {
        ImportResult r = library.importFile(sample(), SampleArticles.fileName(SampleArticles.ALHURRA), ImportOptions.none(), "layla");
        assertFalse(r.existing());
        assertEquals(SampleArticles.ALHURRA_SHA256, r.document().sha256());
        assertEquals(SampleArticles.ALHURRA_TITLE, r.document().title());
        DocumentSummary s = library.documents().get(0);
        assertEquals("new", s.state());
        assertEquals(0, s.count(Layer.QUOTE));
        assertEquals(new String(sample(), StandardCharsets.UTF_8).length(), s.chars());
    }

    @Test
    void crlfAndBomCopiesAreTheSameDocument() throws IOException {
        String text = new String(sample(), StandardCharsets.UTF_8);
        byte[] crlf = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        ImportResult first = library.importFile(crlf, "crlf.txt", ImportOptions.none(), "layla");
        assertEquals(SampleArticles.ALHURRA_SHA256, first.document().sha256());
        assertEquals(text, first.document().text());
        ImportResult second = library.importFile(bom, "bom.txt", ImportOptions.none(), "layla");
        assertTrue(second.existing());
        assertEquals(first.document().id(), second.document().id());
        assertEquals(1, library.documents().size());
    }

    @Test
    void invalidUtf8IsRefusedWithItsByteOffsetAndNothingIsStored() throws IOException {
        byte[] bytes = sample();
        byte[] broken = Arrays.copyOf(bytes, bytes.length);
        broken[100] = (byte) 0xFF;
        TextDecodingException e = assertThrows(TextDecodingException.class,
                () -> library.importFile(broken, "broken.txt", ImportOptions.none(), "layla"));
        assertEquals(100, e.byteOffset());
        assertTrue(e.getMessage().contains("byte 100"), e.getMessage());
        assertTrue(library.isEmpty());
        assertTrue(store.audit().eventsOf("any").isEmpty());
    }

    @Test
    void emptyTextIsRefused() {
        DomainException e = assertThrows(DomainException.class,
                () -> library.importText(" \n\u200F\n", "paste", ImportOptions.none(), "layla"));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        assertTrue(library.isEmpty());
    }

    @Test
    void givenTitleAndMetadataAreKept() {
        ImportResult r = library.importText("قال المتحدث إن الاجتماع انتهى.", "paste",
                new ImportOptions("  خبر قصير ", "https://example.org/a", "الحرة", java.time.LocalDate.of(2024, 9, 25)), "layla");
        assertEquals("خبر قصير", r.document().title());
        assertEquals("الحرة", r.document().outlet());
        assertEquals(java.time.LocalDate.of(2024, 9, 25), library.documents().get(0).publishedDate());
    }

    @Test
    void stateFollowsTheLeastAdvancedSet() {
        ImportResult r = library.importText("قال المتحدث إن الاجتماع انتهى.", "paste", ImportOptions.none(), "layla");
        AnnotationSession session = AnnotationSession.open(store, r.document().id(), "layla", Clock.systemUTC());
        assertEquals("new", library.documents().get(0).state(), "opening a document does not start a set");
        session.mark(Layer.CUE, 0, 3);
        DocumentSummary s = library.documents().get(0);
        assertEquals("in_progress", s.state());
        assertEquals(1, s.count(Layer.CUE));
    }

    @Test
    void aFileLargerThanAnyArticleIsRefusedBeforeItIsRead() throws IOException {
        // 3 GB: Files.readAllBytes cannot even hold it (arrays end at 2 GB), so this refusal proves nothing was read
        Path huge = SparseFile.of(dir, "huge.txt", 3_000_000_000L);
        ArticleTooLargeException e = assertThrows(ArticleTooLargeException.class,
                () -> library.importFile(huge, ImportOptions.none(), "layla"));
        assertEquals("huge.txt is too large to import: 3000000000 bytes (about 3000 MB), and an article file may have at most"
                + " 24000000 bytes (24 MB). Nothing was read from it.", e.getMessage());
        assertEquals("الملف huge.txt أكبر من أن يُستورد: حجمه 3000000000 بايت (نحو 3000 ميغابايت)، والحدّ الأقصى لملف المقال"
                + " 24000000 بايت (24 ميغابايت). لم يُقرأ منه شيء.", Messages.render(e.message(), Locale.forLanguageTag("ar")));
        assertTrue(library.isEmpty());
        assertTrue(e instanceof DomainException, "reported wherever refused input is");
    }

    @Test
    void theSizeCheckIsTheOneForEveryWayIn() throws IOException {
        assertEquals(3L * Library.MAX_TEXT_CHARS, ImportLimits.MAX_FILE_BYTES, "three UTF-8 bytes at most per UTF-16 unit");
        assertEquals(ImportLimits.MAX_FILE_BYTES, ImportLimits.checkFileSize(SparseFile.of(dir, "at-the-limit.txt", ImportLimits.MAX_FILE_BYTES)));
        ArticleTooLargeException e = assertThrows(ArticleTooLargeException.class,
                () -> ImportLimits.checkFileSize(SparseFile.of(dir, "one-byte-over.txt", ImportLimits.MAX_FILE_BYTES + 1)));
        assertTrue(e.getMessage().startsWith("one-byte-over.txt is too large to import: 24000001 bytes (about 25 MB)"), e.getMessage());
        assertThrows(java.nio.file.NoSuchFileException.class, () -> ImportLimits.checkFileSize(dir.resolve("missing.txt")));
    }

    @Test
    void aTextLongerThanAnArticleIsRefusedWithItsLengthAndTheLimit() {
        String text = "ق".repeat(Library.MAX_TEXT_CHARS + 1);
        ArticleTooLargeException e = assertThrows(ArticleTooLargeException.class,
                () -> library.importText(text, "long.txt", ImportOptions.none(), "layla"));
        assertEquals("long.txt: the text has 8000001 characters; the limit is 8000000", e.getMessage());
        assertTrue(library.isEmpty());
    }

    @Test
    void aPasteLongerThanAnArticleIsRefusedAsAPaste() {
        String pasted = "ق".repeat(Library.MAX_TEXT_CHARS) + "\r\nو";
        ArticleTooLargeException e = assertThrows(ArticleTooLargeException.class,
                () -> library.importPasted(pasted, ImportOptions.none(), "layla"));
        assertEquals("The pasted text has 8000002 characters; an article may have at most 8000000. Nothing was imported.",
                e.getMessage(), "counted as stored: CR LF is one character");
        assertEquals("عدد أحرف النص الملصوق 8000002، والحدّ الأقصى لطول المقال 8000000. لم يُستورد شيء.",
                Messages.render(e.message(), Locale.forLanguageTag("ar")));
        assertTrue(library.isEmpty());
    }
}
