package org.isnad.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.isnad.domain.DomainException;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.Span;
import org.isnad.store.H2Store;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Changing a quote's cue, speaker mention or parent is one command: undo brings the old link back. */
class ReplaceLinkTest {
    static final String TEXT = UndoRedoTest.TEXT;

    @RegisterExtension
    final TempStores stores = new TempStores();
    final H2Store store = stores.open();
    AnnotationSession session;
    Span quote;
    Span qaal;
    Span adaf;

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
        String docId = new Library(store, clock).importText(TEXT, "test", ImportOptions.none(), "layla").document().id();
        session = AnnotationSession.open(store, docId, "layla", clock);
        qaal = session.mark(Layer.CUE, TEXT.indexOf("قال"), TEXT.indexOf(" مارك"));
        adaf = session.mark(Layer.CUE, TEXT.indexOf("أضاف"), TEXT.indexOf(":", TEXT.indexOf("أضاف")));
        quote = session.mark(Layer.QUOTE, TEXT.indexOf("لا أعتقد"), TEXT.indexOf("”."));
    }

    StoredState stored() {
        return StoredState.of(store, session.set().id());
    }

    List<String> cuesOfQuote() {
        return store.annotations().linksOf(session.set().id()).stream()
                .filter(l -> l.type() == LinkType.CUED_BY && l.fromSpanId().equals(quote.id()))
                .map(Link::toSpanId).toList();
    }

    @Test
    void replacingIsOneStep() {
        session.replaceLink(LinkType.CUED_BY, quote.id(), qaal.id());
        StoredState withQaal = stored();
        session.replaceLink(LinkType.CUED_BY, quote.id(), adaf.id());
        StoredState withAdaf = stored();
        assertEquals(List.of(adaf.id()), cuesOfQuote());
        session.undo();
        assertEquals(withQaal, stored());
        assertEquals(List.of(qaal.id()), cuesOfQuote());
        session.redo();
        assertEquals(withAdaf, stored());
    }

    @Test
    void nullRemovesAndTheSameTargetChangesNothing() {
        session.replaceLink(LinkType.CUED_BY, quote.id(), qaal.id());
        StoredState linked = stored();
        String undoBefore = session.history().undoAction().orElseThrow().english();
        assertTrue(session.replaceLink(LinkType.CUED_BY, quote.id(), qaal.id()).isPresent());
        assertEquals(linked, stored());
        assertEquals(undoBefore, session.history().undoAction().orElseThrow().english(), "no empty command");
        assertTrue(session.replaceLink(LinkType.CUED_BY, quote.id(), null).isEmpty());
        assertEquals(List.of(), cuesOfQuote());
        session.undo();
        assertEquals(linked, stored());
    }

    @Test
    void onlySingleLinkTypes() {
        assertThrows(DomainException.class, () -> session.replaceLink(LinkType.EXPRESSES, quote.id(), null));
    }
}
