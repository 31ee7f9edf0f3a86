package org.isnad.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.service.SearchHit;
import org.junit.jupiter.api.Test;

/** The three parts of a key-word-in-context line, and the joiners that keep Arabic letters joined across a cut. */
class KwicLineTest {
    static SearchHit hit(String context, String text, int at) {
        return new SearchHit("d", "t", null, null, 100 + at, 100 + at + text.length(), text, context, at, null, 1f);
    }

    static String plain(KwicLine line) {
        return (line.before() + line.match() + line.after()).replace(String.valueOf(KwicLine.ZWJ), "");
    }

    @Test
    void aWholeWordIsCutAtItsSpacesWithoutJoiners() {
        String context = "وقال المتحدث إن الأمن مستتب";
        KwicLine line = KwicLine.of(hit(context, "الأمن", context.indexOf("الأمن")));
        assertEquals(new KwicLine("وقال المتحدث إن ", "الأمن", " مستتب"), line);
    }

    @Test
    void aStemInsideAWordKeepsTheLettersOnBothSidesJoined() {
        String context = "إن الأجهزة الأمنية تعمل";
        KwicLine line = KwicLine.of(hit(context, "الأمن", context.indexOf("الأمن")));
        // ن joins to ي in «الأمنية»: both pieces carry a joiner at the cut
        assertEquals("\u200Dية تعمل", line.after());
        assertTrue(line.match().endsWith("\u200D"));
        assertFalse(line.match().startsWith("\u200D"), "a space before the match: nothing to join");
        assertEquals(context, plain(line));
    }

    @Test
    void aLetterThatJoinsOnlyBackwardsGetsNoJoiner() {
        String context = "قال والأمن مستتب";
        KwicLine line = KwicLine.of(hit(context, "الأمن", context.indexOf("الأمن")));
        // و never joins to the letter after it, so ا keeps its isolated form without a joiner
        assertEquals(new KwicLine("قال و", "الأمن", " مستتب"), line);
        assertTrue(KwicLine.joinsAcross("بالأمن", 1), "ب joins to the ا after it");
        assertTrue(KwicLine.joinsAcross("بَالأمن", 2), "through its haraka");
        assertFalse(KwicLine.joinsAcross("security الأمن", 9), "Latin letters join nothing");
    }
}
