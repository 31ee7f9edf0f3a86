package org.isnad.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextParagraphsTest {

    @Test
    void paragraphsSkipBlankLinesAndCoverEveryOffsetOnce() {
        String text = "\nقال مارك\n\n  أضاف: «لا»\n\n\nآخر";
        TextParagraphs ps = TextParagraphs.of(text);
        assertEquals(3, ps.size());
        assertEquals("قال مارك", ps.paragraphText(0));
        assertEquals("  أضاف: «لا»", ps.paragraphText(1));
        assertEquals("آخر", ps.paragraphText(2));
        for (int off = 0; off < text.length(); off++) {
            int i = ps.indexOf(off);
            if (text.charAt(off) == '\n') {
                assertTrue(i < 0, "separator at " + off);
                int next = -i - 1;
                assertTrue(next == ps.size() || ps.get(next).start() > off);
                assertTrue(next == 0 || ps.get(next - 1).end() <= off);
            } else {
                assertTrue(ps.get(i).contains(off), "offset " + off);
            }
        }
        assertEquals(-(ps.size() + 1), ps.indexOf(text.length()));
        assertEquals(0, ps.caretIndexOf(0));
        assertEquals(0, ps.caretIndexOf(ps.get(0).end()));
        assertEquals(1, ps.caretIndexOf(ps.get(1).start()));
        assertEquals(2, ps.caretIndexOf(text.length()));
    }

    @Test
    void tokensKeepTrailingWhitespaceAndLeadingWhitespaceAlone() {
        String p = "  قال Mark  Kimmitt إن 86\u00a0دولة ";
        List<TextParagraphs.Token> ts = TextParagraphs.tokens(p);
        StringBuilder joined = new StringBuilder();
        for (TextParagraphs.Token t : ts) {
            joined.append(p, t.start(), t.end());
        }
        assertEquals(p, joined.toString());
        assertEquals("  ", p.substring(ts.get(0).start(), ts.get(0).end()));
        assertEquals("قال ", p.substring(ts.get(1).start(), ts.get(1).end()));
        assertEquals("Mark  ", p.substring(ts.get(2).start(), ts.get(2).end()));
        // a no-break space keeps "86 دولة" together
        assertEquals("86\u00a0دولة ", p.substring(ts.get(5).start(), ts.get(5).end()));
        assertEquals(6, ts.size());
        TextParagraphs.Token w = TextParagraphs.wordAt(p, p.indexOf("Kimmitt") + 3);
        assertEquals("Kimmitt", p.substring(w.start(), w.end()));
    }

    @Test
    void largeTextBinarySearch() {
        String text = SampleParagraphs.repeatedArticle(200_000);
        TextParagraphs ps = TextParagraphs.of(text);
        for (int i = 0; i < ps.size(); i += 37) {
            TextParagraphs.Paragraph p = ps.get(i);
            assertEquals(i, ps.indexOf(p.start()));
            assertEquals(i, ps.indexOf(p.end() - 1));
            assertTrue(ps.indexOf(p.end()) < 0);
        }
    }
}
