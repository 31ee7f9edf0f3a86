package org.isnad.suggest;

import java.util.Map;

/**
 * Folded words and the classes (bits) they belong to, looked up by a range of a longer text: a word of
 * the article is classified where it stands, without a String cut out for it.
 */
final class WordClasses {
    private final String[] keys;
    private final int[] classes;
    private final int mask;

    WordClasses(Map<String, Integer> classesByWord) {
        int size = Integer.highestOneBit(Math.max(4, classesByWord.size() * 3)) << 1;
        keys = new String[size];
        classes = new int[size];
        mask = size - 1;
        classesByWord.forEach((word, bits) -> {
            int i = slot(word, 0, word.length());
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = word;
            classes[i] = bits;
        });
    }

    /** The classes of the word {@code text[from, to)}, 0 when it has none. */
    int of(String text, int from, int to) {
        int len = to - from;
        for (int i = slot(text, from, to); keys[i] != null; i = (i + 1) & mask) {
            String k = keys[i];
            if (k.length() == len && text.regionMatches(from, k, 0, len)) {
                return classes[i];
            }
        }
        return 0;
    }

    private int slot(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        return (h ^ (h >>> 16)) & mask;
    }
}
