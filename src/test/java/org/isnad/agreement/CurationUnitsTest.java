package org.isnad.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.Span;
import org.isnad.testing.Kimmitt;
import org.junit.jupiter.api.Test;

/** Units across three analysts' sets on «ونقلت وكالة رويترز عن مصادر قولها …», with a nested quote. */
class CurationUnitsTest {
    static final String TEXT = Kimmitt.REUTERS;
    static final int OUTER_START = TEXT.indexOf("عن مصادر");
    static final int INNER_START = TEXT.indexOf("إن");
    static final int END = TEXT.indexOf(".");
    static final AnalystSet NOBODY = new AnalystSet("curator", List.of(), List.of());

    private static AnalystSet analyst(String name, int innerEnd) {
        Span outer = Span.mark(Layer.QUOTE, OUTER_START, END);
        Span inner = Span.mark(Layer.QUOTE, INNER_START, innerEnd);
        Span speaker = Span.mark(Layer.SPEAKER, TEXT.indexOf("رويترز"), TEXT.indexOf(" عن"));
        return new AnalystSet(name, List.of(outer, inner, speaker), List.of(Link.of(LinkType.NESTED_IN, inner.id(), outer.id()),
                Link.of(LinkType.ATTRIBUTED_TO, outer.id(), speaker.id())));
    }

    @Test
    void aNestedQuoteIsItsOwnUnitAndEachUnitIsClassified() {
        AnalystSet salma = analyst("salma", END);
        AnalystSet omar = analyst("omar", END);
        AnalystSet huda = new AnalystSet("huda", List.of(Span.mark(Layer.QUOTE, OUTER_START, END),
                Span.mark(Layer.QUOTE, INNER_START, TEXT.indexOf(" مستمرة"))), List.of());
        List<CurationUnit> units = CurationUnits.of(List.of(salma, omar, huda), NOBODY, List.of());
        assertEquals(3, units.size(), units.toString());
        CurationUnit speaker = units.stream().filter(u -> u.layer() == Layer.SPEAKER).findFirst().orElseThrow();
        assertEquals(UnitState.ONLY_SOME, speaker.state());
        assertTrue(speaker.version(3).isEmpty());
        CurationUnit outer = units.stream().filter(u -> u.start() == OUTER_START && u.layer() == Layer.QUOTE).findFirst().orElseThrow();
        assertEquals(UnitState.DISAGREE, outer.state(), "huda's outer quote has no speaker link");
        CurationUnit inner = units.stream().filter(u -> u.start() == INNER_START).findFirst().orElseThrow();
        assertEquals(UnitState.DISAGREE, inner.state());
        assertEquals(INNER_START, inner.version(3).orElseThrow().span().start());
        assertEquals(TEXT.indexOf(" مستمرة"), inner.version(3).orElseThrow().span().end());
        assertEquals(END, inner.version(1).orElseThrow().span().end(), "the inner quote is not joined to the outer one");
    }

    @Test
    void identicalSetsAgreeEverywhereAndAChangeAgainstTheBasisShows() {
        AnalystSet salma = analyst("salma", END);
        AnalystSet omar = analyst("omar", END);
        List<Set<String>> basis = CurationUnits.fingerprints(List.of(salma, omar));
        List<CurationUnit> units = CurationUnits.of(List.of(salma, omar), NOBODY, basis);
        assertTrue(units.stream().allMatch(u -> u.state() == UnitState.ALL_AGREE), units.toString());
        assertTrue(units.stream().noneMatch(CurationUnit::changed));

        AnalystSet omarLater = analyst("omar", TEXT.indexOf(" مستمرة"));
        List<CurationUnit> later = CurationUnits.of(List.of(salma, omarLater), NOBODY, basis);
        CurationUnit inner = later.stream().filter(u -> u.start() == INNER_START).findFirst().orElseThrow();
        assertTrue(inner.changed());
        assertEquals(UnitState.DISAGREE, inner.state());
        assertFalse(later.stream().filter(u -> u.layer() == Layer.SPEAKER).findFirst().orElseThrow().changed());
    }
}
