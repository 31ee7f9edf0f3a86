package org.isnad.suggest;

import java.util.Arrays;

/**
 * The texts of one article's tokens, each distinct text one String: a word the article repeats a thousand
 * times is cut out of the folded text (and hashed) once, not a thousand times.
 */
final class TokenTexts {
    private String[] texts = new String[4096];
    private char[][] chars = new char[4096][];
    private int[] hashes = new int[4096];
    private int size;

    /** The String of {@code text[from, to)}, the same String each time the same characters are asked for. */
    String of(char[] text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text[i]; // String.hashCode of the piece
        }
        int len = to - from;
        int mask = texts.length - 1;
        int i = (h ^ (h >>> 16)) & mask;
        for (String s = texts[i]; s != null; s = texts[i]) {
            if (hashes[i] == h && s.length() == len && Arrays.equals(chars[i], 0, len, text, from, to)) {
                return s;
            }
            i = (i + 1) & mask;
        }
        String s = new String(text, from, len);
        texts[i] = s;
        chars[i] = Arrays.copyOfRange(text, from, to);
        hashes[i] = h;
        if (++size * 2 > texts.length) {
            grow();
        }
        return s;
    }

    private void grow() {
        String[] oldTexts = texts;
        char[][] oldChars = chars;
        int[] oldHashes = hashes;
        texts = new String[oldTexts.length * 2];
        chars = new char[texts.length][];
        hashes = new int[texts.length];
        int mask = texts.length - 1;
        for (int k = 0; k < oldTexts.length; k++) {
            if (oldTexts[k] != null) {
                int h = oldHashes[k];
                int i = (h ^ (h >>> 16)) & mask;
                while (texts[i] != null) {
                    i = (i + 1) & mask;
                }
                texts[i] = oldTexts[k];
                chars[i] = oldChars[k];
                hashes[i] = h;
            }
        }
    }
}
