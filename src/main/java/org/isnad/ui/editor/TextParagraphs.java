package org.isnad.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The paragraphs of a document text (LF line endings) and the tokens of a paragraph.
 *
 * <p>A paragraph is a maximal non-empty run of characters between {@code '\n'} characters;
 * blank lines produce no paragraph. Every document offset is therefore either inside exactly one
 * paragraph ({@code start <= offset < end}) or in a separator run of {@code '\n'} characters.
 * Plain Java on purpose: no JavaFX, so it can be tested without a toolkit.
 */
public final class TextParagraphs {

    /** One paragraph: {@code [start, end)} in document offsets, {@code end} excludes the {@code '\n'}. */
    public record Paragraph(int index, int start, int end) {
        public int length() {
            return end - start;
        }

        public boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    /** A token of a paragraph, {@code [start, end)} relative to the paragraph start. */
    public record Token(int start, int end) {
        public int length() {
            return end - start;
        }
    }

    private final String text;
    private final int[] starts;
    private final int[] ends;

    private TextParagraphs(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    public static TextParagraphs of(String text) {
        String t = text == null ? "" : text;
        int[] s = new int[16];
        int[] e = new int[16];
        int n = 0;
        int i = 0;
        int len = t.length();
        while (i < len) {
            while (i < len && t.charAt(i) == '\n') {
                i++;
            }
            if (i >= len) {
                break;
            }
            int nl = t.indexOf('\n', i);
            int end = nl < 0 ? len : nl;
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
                e = Arrays.copyOf(e, n * 2);
            }
            s[n] = i;
            e[n] = end;
            n++;
            i = end;
        }
        return new TextParagraphs(t, Arrays.copyOf(s, n), Arrays.copyOf(e, n));
    }

    /** Spans of {@code text} given as they are (sorted, non-overlapping, non-empty); for display blocks. */
    static TextParagraphs spans(String text, int[] starts, int[] ends) {
        return new TextParagraphs(text, starts, ends);
    }

    public String text() {
        return text;
    }

    public int size() {
        return starts.length;
    }

    public Paragraph get(int index) {
        return new Paragraph(index, starts[index], ends[index]);
    }

    public String paragraphText(int index) {
        return text.substring(starts[index], ends[index]);
    }

    /**
     * The paragraph containing {@code offset}, or {@code -(next + 1)} when the offset lies in a
     * separator before paragraph {@code next} (like {@link Arrays#binarySearch}); {@code next == size()}
     * for separators after the last paragraph or offsets at/after the end of the text.
     */
    public int indexOf(int offset) {
        int i = floorIndex(offset);
        if (i >= 0 && offset < ends[i]) {
            return i;
        }
        return -(i + 1 + 1);
    }

    /**
     * The paragraph a caret at {@code offset} belongs to: the one containing it, or whose end equals it,
     * else the nearest one before it (0 for offsets before the first paragraph). -1 if there are none.
     */
    public int caretIndexOf(int offset) {
        if (starts.length == 0) {
            return -1;
        }
        return Math.max(0, floorIndex(offset));
    }

    /** Last paragraph whose start is {@code <= offset}, or -1. */
    private int floorIndex(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Splits a paragraph into tokens: leading whitespace alone, then each non-whitespace run with its trailing whitespace. */
    public static List<Token> tokens(CharSequence paragraph) {
        List<Token> out = new ArrayList<>();
        int len = paragraph.length();
        int i = 0;
        if (i < len && isBreakingSpace(paragraph.charAt(i))) {
            while (i < len && isBreakingSpace(paragraph.charAt(i))) {
                i++;
            }
            out.add(new Token(0, i));
        }
        while (i < len) {
            int start = i;
            while (i < len && !isBreakingSpace(paragraph.charAt(i))) {
                i++;
            }
            while (i < len && isBreakingSpace(paragraph.charAt(i))) {
                i++;
            }
            out.add(new Token(start, i));
        }
        return out;
    }

    /** The word (token without its trailing whitespace) around {@code index}, relative to the paragraph; empty if on leading whitespace. */
    public static Token wordAt(CharSequence paragraph, int index) {
        for (Token t : tokens(paragraph)) {
            if (index >= t.start() && index < t.end()) {
                int e = t.start();
                while (e < t.end() && !isBreakingSpace(paragraph.charAt(e))) {
                    e++;
                }
                return new Token(t.start(), e);
            }
        }
        return new Token(index, index);
    }

    /** Whitespace where a line may break; no-break spaces (U+00A0, U+202F) stay inside a token. */
    static boolean isBreakingSpace(char c) {
        return Character.isWhitespace(c);
    }
}
