package org.isnad.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import org.isnad.domain.DomainException;
import org.isnad.domain.Layer;
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
}
