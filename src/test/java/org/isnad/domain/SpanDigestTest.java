package org.isnad.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The digest covers the span's outgoing links (type and target), in no particular order, and not the links into it. */
class SpanDigestTest {
    final Span quote = new Span("q", Layer.QUOTE, 10, 40, "ملاحظة", new QuoteDetails(QuoteType.DIRECT, null));
    final Link speaker = new Link("l1", LinkType.ATTRIBUTED_TO, "q", "s1");
    final Link cue = new Link("l2", LinkType.CUED_BY, "q", "c");
    final Link nested = new Link("l3", LinkType.NESTED_IN, "inner", "q");

    @Test
    void outgoingLinksCountInAnyOrderAndUnderAnyLinkId() {
        assertEquals(SpanDigest.of(quote, List.of(speaker, cue)), SpanDigest.of(quote, List.of(cue, speaker)));
        assertEquals(SpanDigest.of(quote, List.of(speaker)),
                SpanDigest.of(quote, List.of(new Link("other-id", LinkType.ATTRIBUTED_TO, "q", "s1"))));
        assertNotEquals(SpanDigest.of(quote, List.of(speaker)),
                SpanDigest.of(quote, List.of(new Link("l1", LinkType.ATTRIBUTED_TO, "q", "s2"))), "another target");
        assertNotEquals(SpanDigest.of(quote, List.of(speaker)), SpanDigest.of(quote, List.of(speaker, cue)), "one more link");
        assertEquals(SpanDigest.of(quote, List.of(speaker)), SpanDigest.of(quote, List.of(speaker, nested)), "an incoming link is not the quote's");
    }

    @Test
    void theOldFieldsOnlyDigestStillMatchesAndNeverEqualsTheNewForm() {
        String old = SpanDigest.fieldsOnly(quote);
        assertEquals(64, old.length());
        assertEquals(64, SpanDigest.of(quote, List.of()).length(), "fits the V11 column");
        assertNotEquals(old, SpanDigest.of(quote, List.of()), "even without links the two forms differ");
        assertTrue(SpanDigest.matches(old, quote, List.of(speaker)));
        assertFalse(SpanDigest.matches(old, quote.withAttributes(new QuoteDetails(QuoteType.MIXED, null)), List.of(speaker)));
        String now = SpanDigest.of(quote, List.of(speaker));
        assertTrue(SpanDigest.matches(now, quote, List.of(speaker)));
        assertFalse(SpanDigest.matches(now, quote, List.of(cue)));
    }
}
