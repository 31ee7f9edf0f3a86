package org.isnad.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.isnad.text.TextHash;
import org.junit.jupiter.api.Test;

/** The shared texts keep the hard cases the tests rely on, so that none goes missing unnoticed. */
class SharedTextsTest {

    @Test
    void theFileFormHasEveryHardCase() {
        String t = Kimmitt.FROM_A_FILE;
        assertTrue(t.contains("\r\n"), "CRLF");
        assertTrue(t.contains("\u064F") && t.contains("\u0651"), "harakat");
        assertTrue(t.contains("\u0640"), "tatweel");
        assertTrue(t.contains("\u200F"), "an RLM");
        assertTrue(t.contains("😀") && t.codePointCount(0, t.length()) < t.length(), "astral emoji");
        assertTrue(t.contains("Reuters") && t.contains("2024") && t.contains("١٥"), "Latin, ASCII and Arabic-Indic digits");
        assertEquals(t.replace("\r\n", "\n"), Kimmitt.FROM_A_FILE_STORED);
    }

    @Test
    void theSentenceHoldsItsPartsAndOneFormCrossesALineBreak() {
        assertTrue(Kimmitt.SENTENCE.contains(Kimmitt.SPEAKER + "، " + Kimmitt.ROLE));
        assertTrue(Kimmitt.SENTENCE.contains("“" + Kimmitt.QUOTE + "”") && Kimmitt.QUOTE.endsWith(Kimmitt.CLAIM));
        String across = Kimmitt.ACROSS_LINES;
        assertEquals("و" + Kimmitt.SENTENCE, across.replace('\n', ' '));
        assertTrue(across.substring(across.indexOf('“'), across.indexOf('”')).contains("\n"), "the quote crosses the line break");
        assertTrue(Kimmitt.PASSAGE.startsWith(Kimmitt.SENTENCE));
    }

    @Test
    void theSampleArticlesAreStoredAsTheirFilesAndComeWithABomAndCrlfOnRequest() {
        for (String article : SampleArticles.ALL) {
            assertEquals(new String(SampleArticles.bytes(article), StandardCharsets.UTF_8), SampleArticles.text(article), article);
            byte[] other = SampleArticles.withBomAndCrlf(article);
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(other, 3), article);
            assertTrue(new String(other, StandardCharsets.UTF_8).contains("\r\n"), article);
        }
        assertEquals(SampleArticles.ALHURRA_SHA256, TextHash.sha256Hex(SampleArticles.alhurra()));
        assertTrue(SampleArticles.alhurra().startsWith(SampleArticles.ALHURRA_TITLE + "\n"));
    }
}
