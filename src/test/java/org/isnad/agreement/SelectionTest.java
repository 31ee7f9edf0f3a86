package org.isnad.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.isnad.domain.Layer;
import org.junit.jupiter.api.Test;

/** Pooling over documents, and documents only one analyst worked on. */
class SelectionTest {

    /** Doc 1: 1 of 2+2 quotes match; doc 2: 2 of 2+3. Pooled 2·3/9, not the mean of 0.5 and 0.8. */
    @Test
    void pooledF1SumsCountsOverDocuments() {
        DocumentSets d1 = new DocumentSets("d1", 50, List.of(
                Sets.of("a").span(Layer.QUOTE, 0, 5).span(Layer.QUOTE, 10, 15).build(),
                Sets.of("b").span(Layer.QUOTE, 0, 5).span(Layer.QUOTE, 20, 25).build()));
        DocumentSets d2 = new DocumentSets("d2", 50, List.of(
                Sets.of("a").span(Layer.QUOTE, 0, 5).span(Layer.QUOTE, 10, 15).build(),
                Sets.of("b").span(Layer.QUOTE, 0, 5).span(Layer.QUOTE, 10, 15).span(Layer.QUOTE, 30, 35).build()));
        AgreementReport r = Agreement.compare(List.of(d1, d2), List.of());
        PairFigures quote = quote(r.pairs());
        assertEquals(2, quote.documents());
        assertEquals(3, quote.exactMatches());
        assertEquals(6.0 / 9, quote.exactF1().value(), 1e-12);
        assertEquals(0.5, quote(r.documents().get(0).pairs()).exactF1().value());
        assertEquals(0.8, quote(r.documents().get(1).pairs()).exactF1().value(), 1e-12);
    }

    @Test
    void aDocumentWithOneAnalystSaysSo() {
        DocumentSets alone = new DocumentSets("d1", 50, List.of(Sets.of("a").span(Layer.QUOTE, 0, 5).build()));
        AgreementReport r = Agreement.compare(List.of(alone), List.of("a", "b"));
        assertFalse(r.anythingCompared());
        assertEquals(Undefined.ONE_ANALYST_ONLY, r.documents().get(0).alone());
        assertEquals(List.of("a"), r.documents().get(0).analysts());
        PairFigures pooled = quote(r.pairs());
        assertNull(pooled.exactF1().value());
        assertEquals(Undefined.NO_SHARED_DOCUMENT, pooled.exactF1().reason());
        assertEquals(Undefined.NO_SHARED_DOCUMENT, pooled.alphaU().reason());
    }

    @Test
    void threeAnalystsGiveThreePairsInEveryLayer() {
        DocumentSets d = new DocumentSets("d1", 50, List.of(Sets.of("c").span(Layer.CUE, 0, 3).build(),
                Sets.of("a").span(Layer.CUE, 0, 3).build(), Sets.of("b").span(Layer.CUE, 0, 4).build()));
        AgreementReport r = Agreement.compare(List.of(d), List.of());
        assertEquals(List.of("a", "b", "c"), r.analysts());
        assertEquals(3 * Layer.values().length, r.pairs().size());
        assertNull(r.pairs().stream().filter(p -> p.layer() == Layer.CUE).findFirst().orElseThrow().kappaQuoteType());
    }

    private static PairFigures quote(List<PairFigures> pairs) {
        return pairs.stream().filter(p -> p.layer() == Layer.QUOTE).findFirst().orElseThrow();
    }
}
