package org.isnad.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.isnad.domain.Layer;
import org.junit.jupiter.api.Test;

/** exact_f1 and overlap_f1 on small cases worked out by hand. */
class SpanF1Test {

    private static PairFigures quotes(Sets a, Sets b, int textLength) {
        AgreementReport report = Agreement.compare(
                List.of(new DocumentSets("d1", textLength, List.of(a.build(), b.build()))), List.of("a", "b"));
        return report.pairs().stream().filter(p -> p.layer() == Layer.QUOTE).findFirst().orElseThrow();
    }

    @Test
    void identicalSetsAgreeFully() {
        Sets a = Sets.of("a").span(Layer.QUOTE, 3, 17).span(Layer.QUOTE, 30, 44).span(Layer.QUOTE, 35, 40);
        Sets b = Sets.of("b").span(Layer.QUOTE, 3, 17).span(Layer.QUOTE, 30, 44).span(Layer.QUOTE, 35, 40);
        PairFigures f = quotes(a, b, 60);
        assertEquals(3, f.exactMatches());
        assertEquals(1.0, f.exactF1().value());
        assertEquals(1.0, f.overlapF1().value());
        assertEquals(1.0, f.alphaU().value(), 1e-12);
    }

    @Test
    void disjointSetsDoNotAgreeAtAll() {
        Sets a = Sets.of("a").span(Layer.QUOTE, 0, 10).span(Layer.QUOTE, 20, 30);
        Sets b = Sets.of("b").span(Layer.QUOTE, 10, 20).span(Layer.QUOTE, 40, 50);
        PairFigures f = quotes(a, b, 60);
        assertEquals(0, f.exactMatches());
        assertEquals(0.0, f.exactF1().value());
        assertEquals(0.0, f.overlapF1().value());
    }

    /**
     * A: a quote [0,100) with a nested quote [20,40); B: the same outer quote and a nested quote [20,45).
     * Exact: one pair of four spans, 2·1/4 = 0.5. Overlap candidates: outer–outer 100, outer(A)–inner(B) 25,
     * inner(A)–outer(B) 20, inner–inner 20; most overlap first pairs outer–outer, then inner–inner: 2·2/4 = 1.
     */
    @Test
    void nestedQuotesPairWithTheirOwnCounterparts() {
        Sets a = Sets.of("a").span(Layer.QUOTE, 0, 100).span(Layer.QUOTE, 20, 40);
        Sets b = Sets.of("b").span(Layer.QUOTE, 0, 100).span(Layer.QUOTE, 20, 45);
        PairFigures f = quotes(a, b, 120);
        assertEquals(1, f.exactMatches());
        assertEquals(0.5, f.exactF1().value());
        assertEquals(1.0, f.overlapF1().value());
    }

    /** A: [0,10) and [10,20); B: [5,15), touching both by 5 characters: one-to-one allows one pair, 2·1/3. */
    @Test
    void oneSpanOverlappingTwoIsMatchedOnce() {
        Sets a = Sets.of("a").span(Layer.QUOTE, 0, 10).span(Layer.QUOTE, 10, 20);
        Sets b = Sets.of("b").span(Layer.QUOTE, 5, 15);
        PairFigures f = quotes(a, b, 30);
        assertEquals(0.0, f.exactF1().value());
        assertEquals(2.0 / 3, f.overlapF1().value(), 1e-12);
        assertEquals(List.of(new SpanPair(a.spans(Layer.QUOTE).get(0), b.spans(Layer.QUOTE).get(0))),
                SpanMatching.overlapping(a.spans(Layer.QUOTE), b.spans(Layer.QUOTE)));
    }

    /** Two identical spans of A and one of B: one pair, 2·1/3; the second copy is not matched twice. */
    @Test
    void aDuplicateIsNotMatchedTwice() {
        Sets a = Sets.of("a").span(Layer.QUOTE, 4, 9).span(Layer.QUOTE, 4, 9);
        Sets b = Sets.of("b").span(Layer.QUOTE, 4, 9);
        assertEquals(2.0 / 3, quotes(a, b, 20).exactF1().value(), 1e-12);
    }

    @Test
    void theSamePlaceInAnotherLayerIsNoMatch() {
        Sets a = Sets.of("a").span(Layer.QUOTE, 0, 10).span(Layer.CLAIM, 20, 30);
        Sets b = Sets.of("b").span(Layer.CLAIM, 0, 10).span(Layer.CLAIM, 20, 30);
        PairFigures quote = quotes(a, b, 40);
        assertEquals(0.0, quote.exactF1().value());
        assertEquals(0.0, quote.overlapF1().value());
        assertEquals(1, quote.aCount());
        assertEquals(0, quote.bCount());
    }

    @Test
    void nothingMarkedIsUndefinedNotZero() {
        PairFigures f = quotes(Sets.of("a").span(Layer.CUE, 0, 3), Sets.of("b").span(Layer.CUE, 0, 3), 10);
        assertNull(f.exactF1().value());
        assertEquals(Undefined.NOTHING_MARKED, f.exactF1().reason());
        assertEquals(Undefined.NOTHING_MARKED, f.overlapF1().reason());
        assertEquals(Undefined.NOTHING_MARKED, f.alphaU().reason());
        assertEquals(Undefined.NO_MATCHED_QUOTES, f.kappaQuoteType().reason());
        assertEquals(Undefined.NO_MATCHED_QUOTES, f.speakerAgreement().reason());
    }
}
