package org.isnad.ui.editor;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the document view lays out, one list row each: every paragraph, with a long paragraph cut into
 * display chunks so that its first screen does not wait for the whole paragraph to wrap.
 *
 * <p>A chunk ends at a sentence end (a word ending in . ! ? ؟ … ۔, maybe followed by closing quotes
 * or brackets) when there is one, else between two words, and only when neither exists (a run of
 * thousands of letters without a space) inside a word at a character (grapheme) boundary. A cut is
 * always at the start of a token, so the tokens of a chunk are exactly the paragraph's tokens there.
 * The chunks of a paragraph are contiguous: the stored text, offsets, selection and highlights never
 * see the cut, only the layout does (the next chunk starts on a new line). Plain Java.
 */
final class DisplayBlocks {

    /** Paragraphs up to this length are one block. */
    static final int MAX_UNCUT = 1_500;
    /** A chunk is at least this long (unless it is the paragraph's last)... */
    static final int MIN_CHUNK = 300;
    /** ...and at most this long. */
    static final int MAX_CHUNK = 800;

    private final TextParagraphs paragraphs;
    private final TextParagraphs blocks;
    private final int[] paragraphOf;
    private final int[] firstBlock;

    private DisplayBlocks(TextParagraphs paragraphs, TextParagraphs blocks, int[] paragraphOf, int[] firstBlock) {
        this.paragraphs = paragraphs;
        this.blocks = blocks;
        this.paragraphOf = paragraphOf;
        this.firstBlock = firstBlock;
    }

    static DisplayBlocks of(TextParagraphs paragraphs) {
        String text = paragraphs.text();
        int n = paragraphs.size();
        int[] starts = new int[n + 16];
        int[] ends = new int[n + 16];
        int[] owner = new int[n + 16];
        int[] first = new int[n];
        int count = 0;
        for (int p = 0; p < n; p++) {
            TextParagraphs.Paragraph par = paragraphs.get(p);
            first[p] = count;
            int s = par.start();
            while (s < par.end()) {
                int e = par.end() - s <= (s == par.start() ? MAX_UNCUT : MAX_CHUNK) ? par.end() : cut(text, s, par.end());
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                    owner = Arrays.copyOf(owner, count * 2);
                }
                starts[count] = s;
                ends[count] = e;
                owner[count] = p;
                count++;
                s = e;
            }
        }
        return new DisplayBlocks(paragraphs, TextParagraphs.spans(text, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count)),
                Arrays.copyOf(owner, count), first);
    }

    /** The end of the chunk that starts at {@code start}, in {@code (start, end)}. */
    static int cut(String text, int start, int end) {
        int lo = start + MIN_CHUNK;
        int hi = Math.min(end, start + MAX_CHUNK);
        int sentence = -1;
        int word = -1;
        for (int i = lo; i <= hi && i < end; i++) {
            // a token starts here: whitespace before, none at i
            if (TextParagraphs.isBreakingSpace(text.charAt(i - 1)) && !TextParagraphs.isBreakingSpace(text.charAt(i))) {
                word = i;
                if (endsSentence(text, i)) {
                    sentence = i;
                }
            }
        }
        if (sentence > 0) {
            return sentence;
        }
        if (word > 0) {
            return word;
        }
        // no space at all: a grapheme cluster boundary, so that a surrogate pair or an emoji sequence stays whole
        Matcher cluster = GRAPHEME.matcher(text).region(start, end);
        int boundary = start;
        while (cluster.find() && cluster.end() <= hi) {
            boundary = cluster.end();
        }
        return boundary > start ? boundary : hi;
    }

    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    /** Whether the token before the whitespace that ends just before {@code tokenStart} ends a sentence. */
    private static boolean endsSentence(String text, int tokenStart) {
        int i = tokenStart - 1;
        while (i > 0 && TextParagraphs.isBreakingSpace(text.charAt(i))) {
            i--;
        }
        while (i > 0 && "»”\"')]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return ".!?؟…۔".indexOf(text.charAt(i)) >= 0;
    }

    /** The logical paragraphs the blocks were cut from. */
    TextParagraphs paragraphs() {
        return paragraphs;
    }

    /** The blocks as contiguous spans (index = block index): what the highlight index and the list work on. */
    TextParagraphs spans() {
        return blocks;
    }

    int size() {
        return blocks.size();
    }

    TextParagraphs.Paragraph get(int block) {
        return blocks.get(block);
    }

    String text(int block) {
        return blocks.paragraphText(block);
    }

    /** The paragraph a block belongs to. */
    int paragraphOf(int block) {
        return paragraphOf[block];
    }

    int firstBlockOf(int paragraph) {
        return firstBlock[paragraph];
    }

    boolean startsParagraph(int block) {
        return block == 0 || paragraphOf[block - 1] != paragraphOf[block];
    }

    boolean endsParagraph(int block) {
        return block == paragraphOf.length - 1 || paragraphOf[block + 1] != paragraphOf[block];
    }

    /** The block a caret at {@code offset} is drawn in: where it is inside, or at the end of, else the nearest before it. */
    int caretBlockOf(int offset) {
        return blocks.caretIndexOf(offset);
    }
}
