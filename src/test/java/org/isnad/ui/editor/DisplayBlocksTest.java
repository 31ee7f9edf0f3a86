package org.isnad.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.isnad.testing.SampleArticles;
import org.junit.jupiter.api.Test;

/** Long paragraphs are cut into display chunks at sentence ends or between words; the offsets never see the cut. */
class DisplayBlocksTest {

    @Test
    void shortParagraphsAreOneBlockEach() {
        String text = SampleArticles.alhurra();
        TextParagraphs ps = TextParagraphs.of(text);
        DisplayBlocks blocks = DisplayBlocks.of(ps);
        assertEquals(ps.size(), blocks.size());
        for (int i = 0; i < ps.size(); i++) {
            assertEquals(ps.get(i).start(), blocks.get(i).start());
            assertEquals(ps.get(i).end(), blocks.get(i).end());
            assertTrue(blocks.startsParagraph(i) && blocks.endsParagraph(i));
        }
    }

    @Test
    void aLongParagraphIsCutAtSentenceEndsIntoContiguousChunks() {
        String one = SampleParagraphs.oneParagraphArticle(200_000);
        String text = "عنوان قصير\n\n" + one + "\nسطر أخير";
        TextParagraphs ps = TextParagraphs.of(text);
        assertEquals(3, ps.size());
        DisplayBlocks blocks = DisplayBlocks.of(ps);
        assertTrue(blocks.size() > 100, "chunks: " + blocks.size());
        assertEquals(0, blocks.paragraphOf(0));
        assertEquals(2, blocks.paragraphOf(blocks.size() - 1));
        int firstChunk = blocks.firstBlockOf(1);
        int lastChunk = blocks.firstBlockOf(2) - 1;
        assertEquals(ps.get(1).start(), blocks.get(firstChunk).start());
        assertEquals(ps.get(1).end(), blocks.get(lastChunk).end());
        int sentenceCuts = 0;
        StringBuilder joined = new StringBuilder();
        List<String> tokens = new ArrayList<>();
        for (int b = firstChunk; b <= lastChunk; b++) {
            TextParagraphs.Paragraph chunk = blocks.get(b);
            assertEquals(1, blocks.paragraphOf(b));
            assertTrue(chunk.length() <= DisplayBlocks.MAX_CHUNK, "chunk " + b + " is " + chunk.length());
            if (b > firstChunk) {
                assertEquals(blocks.get(b - 1).end(), chunk.start(), "contiguous");
                assertFalse(blocks.startsParagraph(b));
                // the cut is at the start of a word, after a space
                assertTrue(Character.isWhitespace(text.charAt(chunk.start() - 1)));
                assertFalse(Character.isWhitespace(text.charAt(chunk.start())));
                String before = text.substring(blocks.get(b - 1).start(), chunk.start()).strip();
                if (".!?؟…۔".indexOf(before.replaceAll("[»”\"')\\]]+$", "").charAt(before.replaceAll("[»”\"')\\]]+$", "").length() - 1)) >= 0) {
                    sentenceCuts++;
                }
            }
            String t = blocks.text(b);
            joined.append(t);
            for (TextParagraphs.Token tok : TextParagraphs.tokens(t)) {
                tokens.add(t.substring(tok.start(), tok.end()));
            }
        }
        assertEquals(one, joined.toString());
        // the tokens of the chunks are the tokens of the paragraph: no word is split
        List<String> whole = new ArrayList<>();
        for (TextParagraphs.Token tok : TextParagraphs.tokens(one)) {
            whole.add(one.substring(tok.start(), tok.end()));
        }
        assertEquals(whole, tokens);
        assertTrue(sentenceCuts > (lastChunk - firstChunk) * 0.9, sentenceCuts + " of " + (lastChunk - firstChunk) + " cuts at sentence ends");
    }

    @Test
    void aCaretAtACutIsDrawnAtTheStartOfTheNextChunk() {
        String one = SampleParagraphs.oneParagraphArticle(10_000);
        DisplayBlocks blocks = DisplayBlocks.of(TextParagraphs.of(one));
        int cut = blocks.get(1).start();
        assertEquals(1, blocks.caretBlockOf(cut));
        assertEquals(0, blocks.caretBlockOf(cut - 1));
        assertEquals(blocks.size() - 1, blocks.caretBlockOf(one.length()));
    }

    @Test
    void withoutSpacesTheCutKeepsSurrogatePairsAndClustersWhole() {
        // 👍🏽 is four UTF-16 units (two surrogate pairs): a cut must not fall inside it
        String run = "👍🏽".repeat(2_000);
        DisplayBlocks blocks = DisplayBlocks.of(TextParagraphs.of(run));
        assertTrue(blocks.size() > 1);
        for (int b = 1; b < blocks.size(); b++) {
            assertEquals(0, blocks.get(b).start() % 4, "cut at " + blocks.get(b).start());
        }
        assertEquals(run.length(), blocks.get(blocks.size() - 1).end());
    }
}
