package org.isnad.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.isnad.testing.Kimmitt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnnotationSetTest {
    static final String TEXT = Kimmitt.SHORT_WITH_HARAKAT;
    AnnotationSet set;
    Span speaker;
    Span cue;
    Span quote;

    @BeforeEach
    void setUp() {
        set = new AnnotationSet(AnnotationSetInfo.start("doc-1", "layla", Instant.EPOCH), TEXT);
        cue = Span.mark(Layer.CUE, 0, TEXT.indexOf(' '));
        speaker = Span.mark(Layer.SPEAKER, TEXT.indexOf("مارك"), TEXT.indexOf(':'));
        quote = Span.mark(Layer.QUOTE, TEXT.indexOf("لا"), TEXT.indexOf('”'));
        set.addSpan(cue);
        set.addSpan(speaker);
        set.addSpan(quote);
    }

    @Test
    void spansComeInReadingOrder() {
        assertEquals(List.of(cue, speaker, quote), set.spans());
    }

    @Test
    void refusesSpanPastTheEnd() {
        Span tooLong = Span.mark(Layer.CLAIM, 10, TEXT.length() + 1);
        DomainException e = assertThrows(DomainException.class, () -> set.addSpan(tooLong));
        assertTrue(e.getMessage().contains("past the end"), e.getMessage());
    }

    @Test
    void refusesSpanThatSplitsALetterFromItsHarakat() {
        // offset 1 lies between ق and its fatha
        DomainException e = assertThrows(DomainException.class, () -> set.addSpan(Span.mark(Layer.CUE, 1, 4)));
        assertTrue(e.getMessage().contains("grapheme"), e.getMessage());
    }

    @Test
    void spanMustEndAfterItStarts() {
        assertThrows(DomainException.class, () -> Span.mark(Layer.QUOTE, 5, 5));
        assertThrows(DomainException.class, () -> Span.mark(Layer.QUOTE, 6, 5));
        assertThrows(DomainException.class, () -> Span.mark(Layer.QUOTE, -1, 5));
    }

    @Test
    void attributesMustFitTheLayer() {
        DomainException e = assertThrows(DomainException.class,
                () -> new Span("s", Layer.QUOTE, 0, 3, null, new SpeakerMention(null)));
        assertTrue(e.getMessage().contains("carries speaker mention attributes"), e.getMessage());
    }

    @Test
    void quoteIsAttributedToASpeakerNotToAClaim() {
        Span claim = Span.mark(Layer.CLAIM, quote.start(), quote.end());
        set.addSpan(claim);
        set.addLink(Link.of(LinkType.ATTRIBUTED_TO, quote.id(), speaker.id()));
        DomainException e = assertThrows(DomainException.class,
                () -> set.addLink(new Link("l2", LinkType.ATTRIBUTED_TO, quote.id(), claim.id())));
        assertTrue(e.getMessage().contains("not from a quote to a claim"), e.getMessage());
    }

    @Test
    void aQuoteHasOneSpeakerLink() {
        Span other = Span.mark(Layer.SPEAKER, 0, 3);
        set.addSpan(other);
        set.addLink(Link.of(LinkType.ATTRIBUTED_TO, quote.id(), speaker.id()));
        DomainException e = assertThrows(DomainException.class,
                () -> set.addLink(Link.of(LinkType.ATTRIBUTED_TO, quote.id(), other.id())));
        assertTrue(e.getMessage().contains("already has"), e.getMessage());
    }

    @Test
    void aQuoteMayExpressSeveralClaimsButNotTheSameTwice() {
        Span c1 = Span.mark(Layer.CLAIM, quote.start(), quote.start() + 2);
        Span c2 = Span.mark(Layer.CLAIM, quote.start() + 3, quote.end());
        set.addSpan(c1);
        set.addSpan(c2);
        set.addLink(Link.of(LinkType.EXPRESSES, quote.id(), c1.id()));
        set.addLink(Link.of(LinkType.EXPRESSES, quote.id(), c2.id()));
        assertThrows(DomainException.class, () -> set.addLink(Link.of(LinkType.EXPRESSES, quote.id(), c1.id())));
    }

    @Test
    void linkToMissingAnnotationIsRefused() {
        DomainException e = assertThrows(DomainException.class,
                () -> set.addLink(Link.of(LinkType.CUED_BY, quote.id(), "missing")));
        assertTrue(e.getMessage().contains("missing annotation"), e.getMessage());
    }

    @Test
    void nestingCannotFormACycle() {
        Span outer = Span.mark(Layer.QUOTE, 0, TEXT.length());
        set.addSpan(outer);
        set.addLink(Link.of(LinkType.NESTED_IN, quote.id(), outer.id()));
        assertThrows(DomainException.class, () -> set.addLink(Link.of(LinkType.NESTED_IN, outer.id(), quote.id())));
        assertThrows(DomainException.class, () -> Link.of(LinkType.NESTED_IN, quote.id(), quote.id()));
    }

    @Test
    void aLinkedSpanCannotBeRemovedBeforeItsLinks() {
        Link link = Link.of(LinkType.ATTRIBUTED_TO, quote.id(), speaker.id());
        set.addLink(link);
        assertThrows(DomainException.class, () -> set.removeSpan(speaker.id()));
        set.removeLink(link.id());
        set.removeSpan(speaker.id());
        assertEquals(2, set.spans().size());
    }

    @Test
    void layerCannotChange() {
        Span changed = new Span(quote.id(), Layer.CLAIM, quote.start(), quote.end(), null, null);
        assertThrows(DomainException.class, () -> set.replaceSpan(changed));
    }

    @Test
    void speakerOfAQuoteComesFromTheMentionElseTheImplicitSpeaker() {
        assertTrue(set.speakerActorOf(quote.id()).isEmpty());
        set.replaceSpan(quote.withAttributes(new QuoteDetails(QuoteType.DIRECT, "actor-previous")));
        assertEquals("actor-previous", set.speakerActorOf(quote.id()).orElseThrow());
        set.replaceSpan(speaker.withAttributes(new SpeakerMention("actor-kimmitt")));
        set.addLink(Link.of(LinkType.ATTRIBUTED_TO, quote.id(), speaker.id()));
        assertEquals("actor-kimmitt", set.speakerActorOf(quote.id()).orElseThrow());
    }

    @Test
    void countsByLayer() {
        assertEquals(1, set.countsByLayer().get(Layer.SPEAKER));
        assertEquals(0, set.countsByLayer().get(Layer.CLAIM));
    }
}
