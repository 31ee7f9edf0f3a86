package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.isnad.testing.SampleArticles;
import org.junit.jupiter.api.Test;

class SelectionsTest {

    private static Optional<TextRange> range(int start, int end) {
        return Optional.of(new TextRange(start, end));
    }

    @Test
    void endInsideAClusterTakesTheFinalFatha() {
        String qala = "قَالَ";
        assertEquals(range(0, 5), Selections.snap(qala, 0, 4), "selecting قَالَ without its last fatha");
    }

    @Test
    void startInsideAClusterWidensToTheLetter() {
        String qala = "قَالَ";
        assertEquals(range(0, 3), Selections.snap(qala, 1, 3));
        String shadda = "الشَّدَّة";
        assertEquals(range(2, 8), Selections.snap(shadda, 3, 6), "ش and د keep shadda and fatha");
    }

    @Test
    void mayStartAfterAProclitic() {
        String text = "وقال المتحدث";
        assertEquals(range(1, 4), Selections.snap(text, 1, 4), "و left out of the cue");
        String bi = "بالأمن";
        assertEquals(range(1, 6), Selections.snap(bi, 1, 6));
    }

    @Test
    void trimsSpacesAndBidiMarks() {
        String text = "قال \u200F \u00A0Mark Kimmitt\u200E\u2069 إن 86 دولة";
        int mark = text.indexOf("Mark");
        int end = mark + "Mark Kimmitt".length();
        assertEquals(range(mark, end), Selections.snap(text, 3, end + 3));
        String rlm = "قال\u200F \u061C«الأمن»\u200F\n";
        assertEquals(range(rlm.indexOf('«'), rlm.indexOf('»') + 1), Selections.snap(rlm, 3, rlm.length()));
    }

    @Test
    void onlySpacesAndMarksIsEmpty() {
        String text = "قال   \u200F\u00A0\u200B  إن";
        assertEquals(Optional.empty(), Selections.snap(text, 3, 11));
        assertEquals(Optional.empty(), Selections.snap("قال", 2, 2));
        assertEquals(Optional.empty(), Selections.snap("", 0, 0));
    }

    @Test
    void reversedDragGivesTheSameSpan() {
        String text = "قال Mark Kimmitt إن 86 دولة";
        int start = text.indexOf("86");
        assertEquals(Selections.snap(text, start, text.length()), Selections.snap(text, text.length(), start));
        assertEquals(range(start, text.length()), Selections.snap(text, text.length(), start - 1));
    }

    @Test
    void clampsToTheText() {
        String text = " قال ";
        assertEquals(range(1, 4), Selections.snap(text, -5, 99));
        assertEquals(range(1, 4), Selections.snap(text, 99, -5));
    }

    @Test
    void neverSplitsEmoji() {
        String text = "قال 👍🏽 إن 👨‍👩‍👧‍👦";
        int thumb = text.indexOf("👍");
        assertEquals(range(thumb, thumb + 4), Selections.snap(text, thumb + 1, thumb + 3));
        int family = text.indexOf("👨");
        assertEquals(range(family, text.length()), Selections.snap(text, family + 5, family + 6));
    }

    @Test
    void nameInTheSampleArticle() {
        String stored = ImportedText.decode(SampleArticles.bytes(SampleArticles.ALHURRA));
        String name = "محمد شياع السوداني";
        int at = stored.indexOf(name);
        // drag from right after the name back over the space before it; the comma after it is not trimmed
        assertEquals(range(at, at + name.length()), Selections.snap(stored, at + name.length(), at - 1));
        assertEquals(range(at, at + name.length() + 1), Selections.snap(stored, at + name.length() + 1, at - 1));
        String withKasra = "وجِد";
        int w = stored.indexOf(withKasra);
        assertEquals(range(w, w + 3), Selections.snap(stored, w, w + 2), "ج keeps its kasra");
    }
}
