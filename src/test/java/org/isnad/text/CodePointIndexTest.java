package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodePointIndexTest {

    private static void checkAgainstString(String text) {
        CodePointIndex index = new CodePointIndex(text);
        assertEquals(text.codePointCount(0, text.length()), index.codePointLength());
        for (int u = 0; u <= text.length(); u++) {
            boolean insidePair = u > 0 && u < text.length()
                    && Character.isHighSurrogate(text.charAt(u - 1)) && Character.isLowSurrogate(text.charAt(u));
            if (insidePair) {
                continue;
            }
            int cp = text.codePointCount(0, u);
            assertEquals(cp, index.toCodePoints(u), "UTF-16 offset " + u);
            assertEquals(u, index.toUtf16(cp), "code point offset " + cp);
        }
    }

    @Test
    void arabicOnlyIsTheIdentity() {
        String text = "قَالَ الشَّدَّة قــال «لا» الأمن ٨٦";
        CodePointIndex index = new CodePointIndex(text);
        assertEquals(text.length(), index.codePointLength());
        for (int i = 0; i <= text.length(); i++) {
            assertEquals(i, index.toCodePoints(i));
            assertEquals(i, index.toUtf16(i));
        }
    }

    @Test
    void astralEmojiShiftOffsets() {
        String text = "قال 👍🏽 إن 👨‍👩‍👧‍👦 Mark";
        checkAgainstString(text);
        CodePointIndex index = new CodePointIndex(text);
        int mark = text.indexOf("Mark");
        // 👍🏽 has 2 surrogate pairs, the family 4: 6 fewer code points than UTF-16 units
        assertEquals(mark - 6, index.toCodePoints(mark));
        assertEquals(text.length() - 6, index.codePointLength());
    }

    @Test
    void loneSurrogatesCountAsOneCodePoint() {
        checkAgainstString("a\uD83Db\uDC4Dc\uDC4D\uD83D");
        checkAgainstString("\uD83D\uD83D\uDC4D");
    }

    @Test
    void refusesAnOffsetInsideASurrogatePair() {
        String text = "قال 👍";
        CodePointIndex index = new CodePointIndex(text);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> index.toCodePoints(5));
        assertTrue(e.getMessage().contains("5"), e.getMessage());
    }

    @Test
    void refusesOutOfRange() {
        CodePointIndex index = new CodePointIndex("قال 👍");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> index.toCodePoints(7)).getMessage().contains("7"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> index.toCodePoints(-1)).getMessage().contains("-1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> index.toUtf16(6)).getMessage().contains("6"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> index.toUtf16(-2)).getMessage().contains("-2"));
    }

    @Test
    void megabyteText() {
        String unit = "قَالَ المتحدث Mark Kimmitt إن 86 دولة ٨٦ ";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append(unit);
            if (sb.length() % 10 == 0) {
                sb.append("👍🏽");
            }
        }
        String text = sb.toString();
        {
            CodePointIndex index = new CodePointIndex(text);
            assertEquals(text.codePointCount(0, text.length()), index.codePointLength());
            for (int u = 0; u <= text.length(); u += 997) {
                if (u > 0 && Character.isLowSurrogate(text.charAt(u)) && u < text.length()) {
                    continue;
                }
                int cp = index.toCodePoints(u);
                assertEquals(u, index.toUtf16(cp));
            }
            assertEquals(text.length(), index.toUtf16(index.codePointLength()));
        }
    }
}
