package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.testing.SampleArticles;
import org.junit.jupiter.api.Test;

class ArabicFoldingTest {

    private static TextRange find(String stored, String query) {
        FoldedText folded = ArabicFolding.fold(stored);
        String q = ArabicFolding.foldQuery(query);
        int at = folded.text().indexOf(q);
        assertTrue(at >= 0, "«" + query + "» not found");
        return folded.storedRange(at, at + q.length());
    }

    @Test
    void searchQalaInWaQalaCoversTheFinalFatha() {
        String stored = "وقَالَ";
        FoldedText folded = ArabicFolding.fold(stored);
        assertEquals("وقال", folded.text());
        assertEquals(new TextRange(1, 6), folded.storedRange(1, 4));
        assertEquals("قَالَ", stored.substring(1, 6));
    }

    @Test
    void removesHarakatShaddaAndTatweel() {
        assertEquals("الشده", ArabicFolding.foldQuery("الشَّدَّة"));
        assertEquals("قال", ArabicFolding.foldQuery("قــال"));
        assertEquals("هذا", ArabicFolding.foldQuery("هٰذا"));
        assertEquals("مثلا", ArabicFolding.foldQuery("مثلاً"));
        assertEquals("الرحيم", ArabicFolding.foldQuery("الرَّحِيمِ\u06DA"));
    }

    @Test
    void unifiesLetterForms() {
        assertEquals("الامن", ArabicFolding.foldQuery("الأمن"));
        assertEquals("ان", ArabicFolding.foldQuery("إن"));
        assertEquals("اخر", ArabicFolding.foldQuery("آخر"));
        assertEquals("الله", ArabicFolding.foldQuery("ٱلله"));
        assertEquals("مستشفي", ArabicFolding.foldQuery("مستشفى"));
        assertEquals("دوله", ArabicFolding.foldQuery("دولة"));
        assertEquals("لا", ArabicFolding.foldQuery("لا"));
    }

    @Test
    void digitsAndLatin() {
        assertEquals("قال mark kimmitt ان 86 دوله", ArabicFolding.foldQuery("قال Mark Kimmitt إن 86 دولة"));
        assertEquals("86", ArabicFolding.foldQuery("٨٦"));
        assertEquals("86", ArabicFolding.foldQuery("۸۶"));
        assertEquals("0123456789", ArabicFolding.foldQuery("٠١٢٣٤٥٦٧٨٩"));
    }

    @Test
    void keepsBidiMarksAndEmoji() {
        assertEquals("\u200Fقال 👍🏽", ArabicFolding.foldQuery("\u200Fقَالَ 👍🏽"));
    }

    @Test
    void mapsBackToStoredOffsets() {
        String stored = "قَالَ Mark ٨٦";
        FoldedText folded = ArabicFolding.fold(stored);
        assertEquals("قال mark 86", folded.text());
        assertEquals(0, folded.toStored(0));
        assertEquals(2, folded.toStored(1));
        assertEquals(3, folded.toStored(2));
        assertEquals(5, folded.toStored(3));
        assertEquals(stored.length(), folded.toStored(folded.text().length()));
        assertEquals(new TextRange(6, 10), folded.storedRange(4, 8));
        assertEquals(new TextRange(11, 13), folded.storedRange(9, 11));
        assertEquals(new TextRange(3, 3), folded.storedRange(2, 2));
        assertThrows(IllegalArgumentException.class, () -> folded.toStored(12));
        assertThrows(IllegalArgumentException.class, () -> folded.storedRange(3, 2));
    }

    @Test
    void rangeEndsTakeHarakatButNotTatweel() {
        assertEquals(new TextRange(0, 1), find("قــال", "ق"), "tatweel after the last letter is left out");
        assertEquals(new TextRange(0, 5), find("قــال", "قال"));
        assertEquals(new TextRange(2, 8), find("الشَّدَّة", "شد"), "shadda and fatha of د included");
        assertEquals(new TextRange(2, 9), find("الشَّدَّة", "شدة"));
    }

    @Test
    void searchesTheSampleArticle() {
        String stored = ImportedText.decode(SampleArticles.bytes(SampleArticles.ALHURRA));
        TextRange found = find(stored, "وجد");
        assertEquals("وجِد", stored.substring(found.start(), found.end()));
        TextRange qiwa = find(stored, "قوي");
        assertEquals("قِوى", stored.substring(qiwa.start(), qiwa.end()));
        TextRange shortly = find(stored, "مثلا");
        assertEquals("مثلاً", stored.substring(shortly.start(), shortly.end()));
        for (TextRange r : new TextRange[] {found, qiwa, shortly}) {
            assertTrue(Graphemes.isBoundary(stored, r.start()) && Graphemes.isBoundary(stored, r.end()));
        }
    }

    @Test
    void foldsAMegabyteTextWithItsMap() {
        String unit = "وقَالَ المتحدث باسم التحالف Mark Kimmitt إن ٨٦ دولة «الشَّدَّة» قــال 👍🏽\n";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append(unit);
        }
        String stored = sb.toString();
        {
            FoldedText folded = ArabicFolding.fold(stored);
            String q = ArabicFolding.foldQuery("الشدة");
            int at = folded.text().lastIndexOf(q);
            TextRange r = folded.storedRange(at, at + q.length());
            assertEquals("الشَّدَّة", stored.substring(r.start(), r.end()));
            assertEquals(stored.length(), folded.toStored(folded.text().length()));
        }
    }

    /** The folding's quick paths (ASCII, the Arabic block) give what the plain rule gives for every code point. */
    @Test
    void everyCodePointFoldsAsThePlainRuleSays() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int expected;
            if (FoldRules.isRemoved(cp)) {
                expected = FoldRules.REMOVED;
            } else if (cp == 0x0623 || cp == 0x0625 || cp == 0x0622 || cp == 0x0671) {
                expected = 0x0627;
            } else if (cp == 0x0649) {
                expected = 0x064A;
            } else if (cp == 0x0629) {
                expected = 0x0647;
            } else if (cp >= 0x0660 && cp <= 0x0669) {
                expected = '0' + cp - 0x0660;
            } else if (cp >= 0x06F0 && cp <= 0x06F9) {
                expected = '0' + cp - 0x06F0;
            } else {
                expected = Character.toLowerCase(cp);
            }
            assertEquals(expected, FoldRules.fold(cp), "U+" + Integer.toHexString(cp));
        }
    }

    /** The text's folding, with its map, is the query folding of every piece of the text, surrogates and marks included. */
    @Test
    void foldedPiecesAreTheQueryFoldingOfTheStoredPieces() {
        String stored = "وقَالَ Mark «الشَّدَّة» ٨٦ قــال 👍🏽 \uD83D x ۖ" + "\uDC4D";
        FoldedText folded = ArabicFolding.fold(stored);
        assertEquals(ArabicFolding.foldQuery(stored), folded.text());
        for (int s = 0; s <= stored.length(); s++) {
            for (int e = s; e <= stored.length(); e++) {
                if (Character.isLowSurrogate(stored.charAt(Math.min(s, stored.length() - 1))) && s > 0
                        && Character.isHighSurrogate(stored.charAt(s - 1))
                        || e < stored.length() && e > 0 && Character.isLowSurrogate(stored.charAt(e))
                        && Character.isHighSurrogate(stored.charAt(e - 1))) {
                    continue; // not a code point boundary
                }
                assertEquals(ArabicFolding.foldQuery(stored.substring(s, e)),
                        folded.text().substring(folded.foldedIndex(s), folded.foldedIndex(e)), s + ".." + e);
            }
        }
    }

    /** Folded in two halves on two threads: the same text and map, whichever char the middle falls on (an emoji's pair too). */
    @Test
    void foldedInHalvesIsFoldedAsAWhole() {
        java.util.concurrent.ExecutorService helper = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            String unit = "وقَالَ Mark ٨٦ «الشَّدَّة» قــال 👍🏽 ۖ\n";
            for (int len = 1; len <= 3 * unit.length(); len++) {
                String stored = unit.repeat(3).substring(0, len);
                FoldedText whole = ArabicFolding.fold(stored);
                FoldedText halves = ArabicFolding.fold(stored, helper);
                assertEquals(whole.text(), halves.text(), "length " + len);
                for (int i = 0; i <= whole.text().length(); i++) {
                    assertEquals(whole.toStored(i), halves.toStored(i), "length " + len + ", folded index " + i);
                }
            }
        } finally {
            helper.shutdown();
        }
    }
}
