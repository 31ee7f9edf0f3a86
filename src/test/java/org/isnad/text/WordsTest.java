package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WordsTest {

    private static String word(String text, int index) {
        TextRange r = Words.wordAt(text, index);
        return text.substring(r.start(), r.end());
    }

    @Test
    void aWordKeepsItsHarakatAndTatweel() {
        String text = "قالَ وزيرُ الخارجيّة إنّ الـمـفـاوضات";
        assertEquals("وزيرُ", word(text, text.indexOf("زير")));
        assertEquals("الخارجيّة", word(text, text.indexOf("الخارجيّة") + 5));
        assertEquals("إنّ", word(text, text.indexOf("إنّ") + 2), "on the shadda itself");
        assertEquals("الـمـفـاوضات", word(text, text.indexOf("ـفـ")));
    }

    @Test
    void latinAndDigitsInsideArabicStayInTheirWord() {
        String text = "قالت الـCNN إن 2٫5 مليون في ٢٠٢٤م و1,021 شخصاً";
        assertEquals("الـCNN", word(text, text.indexOf("CNN") + 1));
        assertEquals("2٫5", word(text, text.indexOf("2٫5")));
        assertEquals("٢٠٢٤م", word(text, text.indexOf("٢٠٢٤م") + 4));
        assertEquals("و1,021", word(text, text.indexOf("1,021") + 3));
    }

    @Test
    void punctuationQuotesSpacesAndEmojiAreWordsOfOneCluster() {
        String text = "قال: «لا أعتقد» 👍🏽 نعم";
        assertEquals(":", word(text, text.indexOf(':')));
        assertEquals("«", word(text, text.indexOf('«')));
        assertEquals("لا", word(text, text.indexOf("لا")));
        assertEquals(" ", word(text, 4));
        assertEquals("👍🏽", word(text, text.indexOf("👍") + 1), "a skin-toned emoji is one cluster");
    }

    @Test
    void bidiMarksAndJoinersInsideAWordDoNotBreakItButStayOutsideItsEdges() {
        String text = "قال \u200Fكيميت\u200F للصحفيين مار\u200Cك";
        assertEquals("كيميت", word(text, text.indexOf("يميت")));
        assertEquals("مار\u200Cك", word(text, text.indexOf("مار")));
    }

    @Test
    void widenTakesTheWholeWordsAtBothEndsInEitherOrder() {
        String text = "وقال مارك كيميت إن الانسحاب";
        int mid1 = text.indexOf("ارك");
        int mid2 = text.indexOf("يميت") + 2;
        TextRange r = new TextRange(text.indexOf("مارك"), text.indexOf("كيميت") + 5);
        assertEquals(r, Words.widen(text, mid1, mid2));
        assertEquals(r, Words.widen(text, mid2, mid1));
        assertTrue(Words.widen(text, 3, 3).isEmpty());
    }

    @Test
    void leadingProcliticComesOffOnlyWhenAWordIsLeft() {
        String text = "وقال ول وزير وبالحكومة للحكومة فقط بـCNN";
        assertEquals(Optional.of(new TextRange(1, 4)), Proclitics.withoutLeading(text, new TextRange(0, 4)));
        int wl = text.indexOf("ول ");
        assertEquals(Optional.empty(), Proclitics.withoutLeading(text, new TextRange(wl, wl + 2)), "one letter left is no word");
        int wb = text.indexOf("وبالحكومة");
        TextRange once = Proclitics.withoutLeading(text, new TextRange(wb, wb + 9)).orElseThrow();
        assertEquals("بالحكومة", text.substring(once.start(), once.end()));
        TextRange twice = Proclitics.withoutLeading(text, once).orElseThrow();
        assertEquals("الحكومة", text.substring(twice.start(), twice.end()));
        assertEquals(Optional.empty(), Proclitics.withoutLeading(text, twice), "ا is not a proclitic");
        int ll = text.indexOf("للحكومة");
        assertEquals(Optional.empty(), Proclitics.withoutLeading(text, new TextRange(ll, ll + 7)), "ل + ال with its alef dropped");
        int fq = text.indexOf("فقط");
        assertEquals("قط", text.substring(Proclitics.withoutLeading(text, new TextRange(fq, fq + 3)).orElseThrow().start(), fq + 3));
        int bc = text.indexOf("بـCNN");
        assertEquals("CNN", text.substring(Proclitics.withoutLeading(text, new TextRange(bc, bc + 5)).orElseThrow().start(), bc + 5),
                "the tatweel goes with the letter");
        assertEquals(Optional.empty(), Proclitics.withoutLeading(text, new TextRange(text.indexOf(' '), text.indexOf(' ') + 3)), "a space first");
    }

    @Test
    void harakatOnTheProcliticGoWithIt() {
        String text = "وَقالَ";
        assertEquals(Optional.of(new TextRange(2, 6)), Proclitics.withoutLeading(text, new TextRange(0, 6)));
    }
}
