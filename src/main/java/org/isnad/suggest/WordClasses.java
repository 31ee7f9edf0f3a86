package org.isnad.suggest;

import java.util.Arrays;
import java.util.Map;

/**
 * Folded words and the classes (bits) they belong to, looked up by a range of a longer text: a word of
 * the article is classified where it stands, without a String cut out for it.
 */
final class WordClasses {
    private final char[][] keys;
    private final int[] classes;
    private final int mask;

    WordClasses(Map<String, Integer> classesByWord) {
        int size = Integer.highestOneBit(Math.max(4, classesByWord.size() * 3)) << 1;
        keys = new char[size][];
        classes = new int[size];
        mask = size - 1;
        classesByWord.forEach((word, bits) -> {
            char[] w = word.toCharArray();
            int i = slot(w, 0, w.length);
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = w;
            classes[i] = bits;
        });
    }

    /** The classes of the word {@code text[from, to)}, 0 when it has none. */
    int of(char[] text, int from, int to) {
        for (int i = slot(text, from, to); keys[i] != null; i = (i + 1) & mask) {
            char[] k = keys[i];
            if (Arrays.equals(k, 0, k.length, text, from, to)) {
                return classes[i];
            }
        }
        return 0;
    }

    private int slot(char[] text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text[i];
        }
        return (h ^ (h >>> 16)) & mask;
    }
}
