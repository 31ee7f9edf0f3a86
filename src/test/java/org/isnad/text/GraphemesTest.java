package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GraphemesTest {

    private static String cps(int... codePoints) {
        return new String(codePoints, 0, codePoints.length);
    }

    private static List<TextRange> all(String text) {
        return Graphemes.clusters(text, new TextRange(0, text.length()));
    }

    /** Cluster boundaries from a plain \X scan of the whole text: the reference. */
    private static boolean[] referenceBoundaries(String text) {
        boolean[] boundary = new boolean[text.length() + 1];
        boundary[0] = true;
        Matcher m = Pattern.compile("\\X").matcher(text);
        while (m.find()) {
            boundary[m.end()] = true;
        }
        return boundary;
    }

    @Test
    void letterKeepsItsHarakat() {
        String qala = "قَالَ"; // ق fatha ا ل fatha
        assertEquals(List.of(new TextRange(0, 2), new TextRange(2, 3), new TextRange(3, 5)), all(qala));
        assertFalse(Graphemes.isBoundary(qala, 1));
        assertEquals(0, Graphemes.floorBoundary(qala, 1));
        assertEquals(2, Graphemes.ceilBoundary(qala, 1));
        assertEquals(5, Graphemes.ceilBoundary(qala, 4));
    }

    @Test
    void shaddaAndFathaStayOnTheirLetter() {
        String shadda = "الشَّدَّة"; // ا ل ش shadda fatha د shadda fatha ة
        assertEquals(List.of(new TextRange(0, 1), new TextRange(1, 2), new TextRange(2, 5),
                new TextRange(5, 8), new TextRange(8, 9)), all(shadda));
    }

    @Test
    void lamAlefIsTwoClustersAndTatweelIsALetter() {
        assertEquals(2, all("لا").size(), "the lam-alef ligature is drawing only");
        assertEquals(5, all("الأمن").size());
        assertEquals(5, all("قــال").size());
    }

    @Test
    void bidiMarkIsItsOwnCluster() {
        String text = "\u200Fقال\u200F";
        assertEquals(5, all(text).size());
        assertTrue(Graphemes.isBoundary(text, 1));
        assertTrue(Graphemes.isBoundary(text, 4));
    }

    @Test
    void crlfIsOneCluster() {
        String text = "قال\r\nإن";
        assertFalse(Graphemes.isBoundary(text, 4));
        assertEquals(3, Graphemes.floorBoundary(text, 4));
        assertEquals(5, Graphemes.ceilBoundary(text, 4));
    }

    @Test
    void ends() {
        String text = "قال";
        assertTrue(Graphemes.isBoundary(text, 0));
        assertTrue(Graphemes.isBoundary(text, 3));
        assertTrue(Graphemes.isBoundary("", 0));
        assertEquals(List.of(), Graphemes.clusters(text, new TextRange(1, 1)));
        assertThrows(IllegalArgumentException.class, () -> Graphemes.floorBoundary(text, 4));
        assertThrows(IllegalArgumentException.class, () -> Graphemes.ceilBoundary(text, -1));
    }

    // --- \X on Java 17: checked case by case; all of these are right without a correction ---

    @Test
    void emojiWithSkinToneIsOneCluster() {
        String text = "قال 👍🏽 إن"; // U+1F44D U+1F3FD: 4 UTF-16 units, 2 code points
        int at = text.indexOf("👍");
        assertEquals(at + 4, Graphemes.ceilBoundary(text, at + 1));
        assertEquals(at + 4, Graphemes.ceilBoundary(text, at + 2), "the modifier does not stand alone");
        assertEquals(at, Graphemes.floorBoundary(text, at + 3));
    }

    @Test
    void zwjFamilyIsOneCluster() {
        String family = "👨‍👩‍👧‍👦"; // 4 people joined by 3 ZWJ: 11 UTF-16 units, 7 code points
        assertEquals(11, family.length());
        String text = "عائلة " + family + " سعيدة";
        int at = text.indexOf(family);
        for (int i = at + 1; i < at + 11; i++) {
            assertEquals(at, Graphemes.floorBoundary(text, i), "inside at " + i);
            assertEquals(at + 11, Graphemes.ceilBoundary(text, i), "inside at " + i);
        }
    }

    @Test
    void otherEmojiSequences() {
        assertEquals(1, all(cps(0x1F469, 0x1F3FD, 0x200D, 0x1F4BB)).size(), "woman technologist, medium skin");
        assertEquals(1, all(cps(0x1F9D1, 0x1F3FD, 0x200D, 0x1F91D, 0x200D, 0x1F9D1, 0x1F3FB)).size());
        assertEquals(1, all(cps(0x1F3F3, 0xFE0F, 0x200D, 0x1F308)).size(), "rainbow flag");
        assertEquals(1, all(cps(0x1F3F4, 0xE0067, 0xE0062, 0xE0065, 0xE006E, 0xE0067, 0xE007F)).size(), "England");
        assertEquals(1, all(cps('1', 0xFE0F, 0x20E3)).size(), "keycap");
        // Unicode 14 and 15.1 emoji, newer than Java 17's Unicode 13 tables
        assertEquals(1, all(cps(0x1FAF1, 0x1F3FB, 0x200D, 0x1FAF2, 0x1F3FF)).size(), "handshake, two skin tones");
        assertEquals(1, all(cps(0x1F426, 0x200D, 0x1F525)).size(), "phoenix");
        // ZWJ joins only after a pictograph
        assertEquals(2, all(cps('a', 0x200D, 0x1F44D)).size());
    }

    @Test
    void flagsPairUpRegionalIndicators() {
        String flags = cps(0x1F1F8, 0x1F1E6, 0x1F1EA, 0x1F1EC, 0x1F1F8); // SA EG + one lone S
        assertEquals(List.of(new TextRange(0, 4), new TextRange(4, 8), new TextRange(8, 10)), all(flags));
        assertEquals(4, Graphemes.floorBoundary(flags, 6));
        assertEquals(8, Graphemes.ceilBoundary(flags, 5));
    }

    @Test
    void localScanAgreesWithAFullScanOnMixedText() {
        String[] pieces = {"ق", "ا", "ل", "َ", "ّ", "ـ", " ", "\n", "\r", "\t", "\u200F", "\u061C", "\u00A0",
                "M", "8", "٨", "👍", "🏽", "\u200D", "👩", "\uFE0F", cps(0x1F1F8), cps(0x1F1E6),
                "\u0600", "\u200C", "\u0301", "\uD83D", "\uDC4D", "ก", "\u0E33", "«", "،"};
        Random random = new Random(20240917);
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            boolean[] reference = referenceBoundaries(text);
            for (int i = 0; i <= text.length(); i++) {
                assertEquals(reference[i], Graphemes.isBoundary(text, i), "at " + i + " in " + escape(text));
                int floor = Graphemes.floorBoundary(text, i);
                int ceil = Graphemes.ceilBoundary(text, i);
                assertTrue(reference[floor] && reference[ceil] && floor <= i && i <= ceil);
                for (int j = floor + 1; j < ceil; j++) {
                    assertFalse(reference[j], "skipped a boundary at " + j + " in " + escape(text));
                }
            }
        }
    }

    @Test
    void boundariesOnAMegabyteTextAreLocal() {
        String unit = "قَالَ المتحدث باسم التحالف Mark Kimmitt إن 86 دولة «الشَّدَّة» \u200Fقــال 👍🏽 ٨٦\n";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append(unit);
        }
        String text = sb.toString();
        String oneLine = text.replace('\n', ' ');
        Random random = new Random(7);
        {
            for (String t : List.of(text, oneLine)) {
                for (int k = 0; k < 50_000; k++) {
                    int i = random.nextInt(t.length() + 1);
                    int floor = Graphemes.floorBoundary(t, i);
                    int ceil = Graphemes.ceilBoundary(t, i);
                    assertTrue(floor <= i && i <= ceil && ceil - floor <= 4);
                }
                // near the end as well (the text ends with 👍🏽 ٨٦ and a line end): nothing scans from the start
                int emoji = t.length() - 8;
                assertEquals(t.length() - 4, Graphemes.ceilBoundary(t, emoji + 1));
                assertEquals(emoji, Graphemes.floorBoundary(t, emoji + 3));
            }
        }
    }

    private static String escape(String s) {
        List<String> out = new ArrayList<>();
        s.chars().forEach(c -> out.add(Integer.toHexString(c)));
        return out.toString();
    }
}
