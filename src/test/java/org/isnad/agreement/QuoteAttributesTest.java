package org.isnad.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.isnad.domain.Layer;
import org.isnad.domain.QuoteType;
import org.junit.jupiter.api.Test;

/** κ on quote type, speaker and cue agreement over exactly matched quotes, against tables worked out by hand. */
class QuoteAttributesTest {
    private static final QuoteType D = QuoteType.DIRECT;
    private static final QuoteType I = QuoteType.INDIRECT;
    private static final QuoteType M = QuoteType.MIXED;

    /**
     * Ten matched quotes, A's type in rows, B's in columns:
     * <pre>
     *          D  I  M | A
     *   D      4  1  0 | 5
     *   I      1  3  0 | 4
     *   M      0  0  1 | 1
     *   B      5  4  1 | 10
     * </pre>
     * p_o = 8/10; p_e = (5·5 + 4·4 + 1·1)/100 = 0.42; κ = (0.8 − 0.42)/(1 − 0.42) = 19/29 ≈ 0.6552.
     * An eleventh quote only A marked is not compared.
     */
    @Test
    void kappaOnAConfusionTableWorkedByHand() {
        QuoteType[][] table = {{D, D}, {D, D}, {D, D}, {D, D}, {D, I}, {I, D}, {I, I}, {I, I}, {I, I}, {M, M}};
        Sets a = Sets.of("a");
        Sets b = Sets.of("b");
        for (int i = 0; i < table.length; i++) {
            a.quote(i * 10, i * 10 + 8, table[i][0], null, null, null);
            b.quote(i * 10, i * 10 + 8, table[i][1], null, null, null);
        }
        a.quote(200, 210, D, null, null, null);
        PairFigures f = quotes(a, b);
        assertEquals(10, f.exactMatches());
        assertEquals(19.0 / 29, f.kappaQuoteType().value(), 1e-9);
        assertEquals(19.0 / 29, QuoteTypeKappa.of(List.of(table)).value(), 1e-9);
    }

    @Test
    void oneTypeThroughoutLeavesKappaUndefined() {
        Sets a = Sets.of("a").quote(0, 5, D, null, null, null);
        Sets b = Sets.of("b").quote(0, 5, D, null, null, null);
        assertEquals(Undefined.ONE_TYPE_ONLY, quotes(a, b).kappaQuoteType().reason());
    }

    /**
     * Four matched quotes: same actor through different mentions (same); different actors (not); neither has a
     * speaker (same: both left it open); the same mention without an actor (same). Cues: same place, different
     * place, none and none, one and none: 2 of 4.
     */
    @Test
    void speakerAndCueShares() {
        Sets a = Sets.of("a")
                .quote(10, 20, D, new int[] {0, 4}, "actor-1", new int[] {5, 8})
                .quote(40, 50, D, new int[] {30, 34}, "actor-2", new int[] {35, 38})
                .quote(60, 70, D, null, null, null)
                .quote(90, 99, D, new int[] {80, 84}, null, new int[] {85, 88});
        Sets b = Sets.of("b")
                .quote(10, 20, D, new int[] {1, 4}, "actor-1", new int[] {5, 8})
                .quote(40, 50, D, new int[] {30, 34}, "actor-3", new int[] {36, 38})
                .quote(60, 70, D, null, null, null)
                .quote(90, 99, D, new int[] {80, 84}, null, null);
        PairFigures f = quotes(a, b);
        assertEquals(4, f.exactMatches());
        assertEquals(0.75, f.speakerAgreement().value());
        assertEquals(0.5, f.cueAgreement().value());
    }

    private static PairFigures quotes(Sets a, Sets b) {
        return Agreement.compare(List.of(new DocumentSets("d", 300, List.of(a.build(), b.build()))), List.of())
                .pairs().stream().filter(p -> p.layer() == Layer.QUOTE).findFirst().orElseThrow();
    }
}
