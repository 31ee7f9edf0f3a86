package org.isnad.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.isnad.domain.ActorKind;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.DomainException;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.Span;
import org.isnad.store.H2Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The links that come with marking, on a real session over a real store, without the window. */
class MarkingTest {
    static final String TEXT = UndoRedoTest.TEXT;

    @TempDir
    Path dir;
    H2Store store;
    AnnotationSession session;
    Marking marking;

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
        store = H2Store.open(dir.resolve("isnad"));
        String docId = new Library(store, clock).importText(TEXT, "test", ImportOptions.none(), "layla").document().id();
        session = AnnotationSession.open(store, docId, "layla", clock);
        marking = new Marking(session);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    Span mark(Layer layer, String words, String selectedSpanId) {
        int at = TEXT.indexOf(words);
        return marking.mark(layer, at, at + words.length(), selectedSpanId);
    }

    List<Link> stored() {
        return store.annotations().linksOf(session.set().id());
    }

    @Test
    void aQuoteMarkedRightAfterASpeakerIsAttributedToIt() {
        Span speaker = mark(Layer.SPEAKER, "مارك كيميت", null);
        Span quote = mark(Layer.QUOTE, "لا أعتقد أن الانسحاب", null);
        assertEquals(List.of(new Link(stored().get(0).id(), LinkType.ATTRIBUTED_TO, quote.id(), speaker.id())), stored());
        // one step: one undo takes the quote and its link away
        session.undo();
        assertEquals(List.of(speaker), session.set().spans());
        assertTrue(stored().isEmpty());
    }

    @Test
    void onlyTheFirstQuoteAfterTheSpeakerAndNotAfterAnotherEdit() {
        mark(Layer.SPEAKER, "مارك كيميت", null);
        mark(Layer.QUOTE, "لا أعتقد", null);
        mark(Layer.QUOTE, "القوات العراقية", null);
        assertEquals(1, stored().size(), "the second quote is plain");

        mark(Layer.SPEAKER, "مساعد وزير", null);
        marking.otherEdit();
        mark(Layer.QUOTE, "قادرة", null);
        assertEquals(1, stored().size(), "an edit in between breaks the sequence");
    }

    @Test
    void aRefusedMarkKeepsTheSequenceAndAnUndoneSpeakerEndsIt() {
        Span speaker = mark(Layer.SPEAKER, "مارك كيميت", null);
        int space = TEXT.indexOf(" ");
        assertThrows(DomainException.class, () -> marking.mark(Layer.QUOTE, space, space + 1, null));
        Span quote = mark(Layer.QUOTE, "لا أعتقد", null);
        assertEquals(List.of(LinkType.ATTRIBUTED_TO), stored().stream().map(Link::type).toList());
        assertEquals(speaker.id(), stored().get(0).toSpanId());
        assertEquals(quote.id(), stored().get(0).fromSpanId());

        mark(Layer.SPEAKER, "مساعد وزير", null);
        session.undo();
        mark(Layer.QUOTE, "القوات العراقية", null);
        assertEquals(1, stored().size(), "the speaker marked last is gone: the quote is plain");
    }

    @Test
    void aClaimMarkedWithAQuoteSelectedIsExpressedByItWithItsSpeakerAsClaimant() {
        Span speaker = mark(Layer.SPEAKER, "مارك كيميت", null);
        session.createActorFor(speaker.id(), "مارك كيميت", ActorKind.PERSON, null);
        marking.otherEdit();
        Span quote = session.markQuoteOf(speaker.id(), TEXT.indexOf("لا أعتقد"), TEXT.indexOf("”."));
        String actorId = session.set().speakerActorOf(quote.id()).orElseThrow();

        Span claim = mark(Layer.CLAIM, "الانسحاب الأميركي", quote.id());
        assertTrue(stored().stream().anyMatch(l -> l.type() == LinkType.EXPRESSES
                && l.fromSpanId().equals(quote.id()) && l.toSpanId().equals(claim.id())), stored().toString());
        assertEquals(actorId, ((ClaimDetails) session.set().requireSpan(claim.id()).attributes()).claimantActorId());
    }

    @Test
    void aSpeakerOrCueMarkedWithAQuoteSelectedBecomesItsSpeakerOrCueUnlessItHasOne() {
        Span quote = mark(Layer.QUOTE, "لا أعتقد أن الانسحاب", null);
        Span speaker = mark(Layer.SPEAKER, "مارك كيميت", quote.id());
        Span cue = mark(Layer.CUE, "قال", quote.id());
        assertEquals(List.of(speaker.id()), session.set().linksFrom(quote.id(), LinkType.ATTRIBUTED_TO).stream()
                .map(Link::toSpanId).toList());
        assertEquals(List.of(cue.id()), session.set().linksFrom(quote.id(), LinkType.CUED_BY).stream()
                .map(Link::toSpanId).toList());

        // the quote has both already: new ones are plain marks
        mark(Layer.SPEAKER, "مساعد وزير", quote.id());
        mark(Layer.CUE, "وأضاف", quote.id());
        assertEquals(2, stored().size());
    }

    @Test
    void withoutAQuoteSelectedAMarkIsPlain() {
        Span speaker = mark(Layer.SPEAKER, "مارك كيميت", null);
        marking.otherEdit();
        mark(Layer.CLAIM, "الانسحاب الأميركي", null);
        mark(Layer.CUE, "قال", speaker.id());
        mark(Layer.CLAIM, "القوات العراقية", speaker.id());
        assertTrue(stored().isEmpty(), stored().toString());
        assertEquals(4, session.set().spans().size());
    }
}
