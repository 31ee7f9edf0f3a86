package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The grapheme cluster boundaries Isnad relies on, pinned (docs/adr/0001-offsets-in-utf16-code-units.md).
 * {@link Graphemes} takes them from the running JDK's {@code \X}, whose Unicode tables change with
 * the JDK (Java 17: Unicode 13; Java 25: Unicode 16). Every case in {@link #reliedOn} must give the same
 * clusters on every JDK the project runs on; {@link #knownToDifferBetweenJdks} records where
 * they do differ, so that a new JDK that moves any boundary fails here rather than in a stored set.
 * Checked on OpenJDK 17.0.15 and Temurin 25.0.3.
 */
class GraphemeRulesTest {

    private static String cps(int... codePoints) {
        return new String(codePoints, 0, codePoints.length);
    }

    /** The end of each cluster of the whole text, in UTF-16 units. */
    private static List<Integer> clusterEnds(String text) {
        return Graphemes.clusters(text, new TextRange(0, text.length())).stream().map(TextRange::end).toList();
    }

    private record Case(String what, String text, List<Integer> ends) {
    }

    private static final List<Case> RELIED_ON = List.of(
            new Case("letters keep their harakat: قَالَ", "قَالَ", List.of(2, 3, 5)),
            new Case("shadda and a vowel stay on their letter: شَّد", "شَّد", List.of(3, 4)),
            new Case("superscript alef on its letter: هٰذا", "هٰذا", List.of(2, 3, 4)),
            new Case("combining hamza above on alef", "ا\u0654ب", List.of(2, 3)),
            new Case("madda above on alef", "ا\u0653", List.of(2)),
            new Case("lam-alef is two clusters (the ligature is drawing only)", "لا", List.of(1, 2)),
            new Case("tatweel is a letter and carries a vowel", "قـَال", List.of(1, 3, 4, 5)),
            new Case("ZWJ joins the letter before it", "ل\u200Dا", List.of(2, 3)),
            new Case("ZWNJ joins the letter before it", "ل\u200Cا", List.of(2, 3)),
            new Case("RLM is a cluster of its own", "\u200Fقا\u200F", List.of(1, 2, 3, 4)),
            new Case("ALM is a cluster of its own", "ا\u061Cب", List.of(1, 2, 3)),
            new Case("the Arabic number sign joins the digit after it", "\u0600١٢", List.of(2, 3)),
            new Case("the end-of-ayah sign joins the digit after it", "\u06DD١٢", List.of(2, 3)),
            new Case("CR LF is one cluster", "ا\r\nب", List.of(1, 3, 4)),
            new Case("Arabic-Indic and ASCII digits, one each", "٨6", List.of(1, 2)),
            new Case("thumbs up with a skin tone", cps(0x1F44D, 0x1F3FD), List.of(4)),
            new Case("index pointing up (BMP) with a skin tone", cps(0x261D, 0x1F3FD), List.of(3)),
            new Case("family: four people joined by three ZWJ", cps(0x1F468, 0x200D, 0x1F469, 0x200D, 0x1F467, 0x200D, 0x1F466),
                    List.of(11)),
            new Case("woman technologist, medium skin", cps(0x1F469, 0x1F3FD, 0x200D, 0x1F4BB), List.of(7)),
            new Case("rainbow flag", cps(0x1F3F3, 0xFE0F, 0x200D, 0x1F308), List.of(6)),
            new Case("flags pair regional indicators: SA, EG and a lone S", cps(0x1F1F8, 0x1F1E6, 0x1F1EA, 0x1F1EC, 0x1F1F8),
                    List.of(4, 8, 10)),
            new Case("a flag then an Arabic letter", cps(0x1F1F8, 0x1F1E6, 0x0628), List.of(4, 5)),
            new Case("England: a tag sequence", cps(0x1F3F4, 0xE0067, 0xE0062, 0xE0065, 0xE006E, 0xE0067, 0xE007F), List.of(14)),
            new Case("keycap one", cps('1', 0xFE0F, 0x20E3), List.of(3)),
            new Case("keycap hash", cps('#', 0xFE0F, 0x20E3), List.of(3)),
            new Case("handshake with two skin tones (Unicode 14)", cps(0x1FAF1, 0x1F3FB, 0x200D, 0x1FAF2, 0x1F3FF), List.of(9)),
            new Case("phoenix (Unicode 15.1)", cps(0x1F426, 0x200D, 0x1F525), List.of(5)),
            new Case("ZWJ after a letter does not join the emoji after it", cps('a', 0x200D, 0x1F44D), List.of(2, 4)));

    @Test
    void reliedOn() {
        for (Case c : RELIED_ON) {
            assertEquals(c.ends(), clusterEnds(c.text()), c.what() + " on Java " + Runtime.version());
        }
    }

    /**
     * Characters assigned, or rules added, after Unicode 13: on Java 17 they stand alone; on Java 25 they
     * join. A span edge that is a boundary on one JDK can be inside a cluster on the other, and every
     * stored span is checked again when its set is loaded (AnnotationSet.addSpan), so such a set saved
     * on one JDK is refused on the other. Between 17 and 25 (not measured) either answer is accepted.
     */
    @Test
    void knownToDifferBetweenJdks() {
        record Difference(String what, String text, List<Integer> java17, List<Integer> java25) {
        }
        List<Difference> differences = List.of(
                new Difference("Arabic small high word al-juz U+0898 (Unicode 14, a mark)", cps(0x0628, 0x0898, 0x0628),
                        List.of(1, 2, 3), List.of(2, 3)),
                new Difference("Arabic pepet U+0897 (Unicode 16, a mark)", cps(0x0628, 0x0897, 0x0628),
                        List.of(1, 2, 3), List.of(2, 3)),
                new Difference("Arabic small low word sakta U+10EFD (Unicode 15, a mark)", cps(0x0628, 0x10EFD, 0x0628),
                        List.of(1, 3, 4), List.of(3, 4)),
                new Difference("Arabic pound mark above U+0890 (Unicode 14, prepended)", cps(0x0890, 0x0661, 0x0662),
                        List.of(1, 2, 3), List.of(2, 3)),
                new Difference("Devanagari conjunct KSSA (Unicode 15.1 rule GB9c)", "\u0915\u094D\u0937",
                        List.of(2, 3), List.of(3)));
        int feature = Runtime.version().feature();
        for (Difference d : differences) {
            List<Integer> ends = clusterEnds(d.text());
            if (feature == 17) {
                assertEquals(d.java17(), ends, d.what());
            } else if (feature >= 25) {
                assertEquals(d.java25(), ends, d.what());
            } else {
                assertTrue(ends.equals(d.java17()) || ends.equals(d.java25()), d.what() + ": " + ends);
            }
        }
    }

    /**
     * Why {@code \X} and not {@link BreakIterator}: on Java 17 the character BreakIterator still follows
     * the old rules and splits skin tones, ZWJ sequences and flags (one flag becomes two letters).
     * On Java 25 both give the same clusters for every case here. Graphemes must not switch to it
     * while Java 17 is supported.
     */
    @Test
    void theJdksBreakIteratorIsNotTheRuleOnJava17() {
        String family = cps(0x1F468, 0x200D, 0x1F469, 0x200D, 0x1F467, 0x200D, 0x1F466);
        String flag = cps(0x1F1F8, 0x1F1E6);
        if (Runtime.version().feature() == 17) {
            assertEquals(List.of(2, 3, 5, 6, 8, 9, 11), breakIteratorEnds(family));
            assertEquals(List.of(2, 4), breakIteratorEnds(flag));
            assertNotEquals(clusterEnds(cps(0x1F44D, 0x1F3FD)), breakIteratorEnds(cps(0x1F44D, 0x1F3FD)));
        } else if (Runtime.version().feature() >= 25) {
            for (Case c : RELIED_ON) {
                assertEquals(c.ends(), breakIteratorEnds(c.text()), c.what());
            }
        }
    }

    private static List<Integer> breakIteratorEnds(String text) {
        BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
        it.setText(text);
        List<Integer> ends = new ArrayList<>();
        it.first();
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            ends.add(end);
        }
        return ends;
    }
}
