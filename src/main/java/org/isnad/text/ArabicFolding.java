package org.isnad.text;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Folds text for search only (the stored text never changes): harakat and tatweel removed,
 * alef forms, alef maksura and ta marbuta unified, digits made ASCII, letters lowercased.
 */
public final class ArabicFolding {

    private ArabicFolding() {
    }

    /** Folds {@code text} and keeps a map from each folded character back to the stored text. */
    public static FoldedText fold(String text) {
        return fold(text, null);
    }

    /**
     * The same; with a {@code helper}, the second half of the text is folded there while this thread folds the first,
     * each into its own part of the same arrays. Folding goes code point by code point, so halves split between two
     * code points give the same text and map.
     */
    public static FoldedText fold(String text, Executor helper) {
        char[] in = text.toCharArray(); // a char array, not a call per char
        int n = in.length;
        char[] folded = new char[n];
        int[] toStored = new int[n];
        int count;
        if (helper == null || n < 2) {
            count = fold(in, 0, n, folded, toStored, 0);
        } else {
            int half = n / 2;
            if (Character.isHighSurrogate(in[half - 1]) && Character.isLowSurrogate(in[half])) {
                half++;
            }
            int from = half;
            CompletableFuture<Integer> second = CompletableFuture.supplyAsync(
                    () -> fold(in, from, n, folded, toStored, from), helper);
            int first = fold(in, 0, half, folded, toStored, 0);
            int rest;
            try {
                rest = second.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            if (first >= 0 && rest >= 0 && first < half) {
                // the second half's chars follow the first half's (removed harakat left a gap between them)
                System.arraycopy(folded, half, folded, first, rest);
                System.arraycopy(toStored, half, toStored, first, rest);
            }
            count = first < 0 || rest < 0 ? -1 : first + rest;
        }
        if (count < 0) {
            return grown(text, in);
        }
        return new FoldedText(text, in, folded, count, toStored);
    }

    /**
     * Folds stored [from, to) into out and map from index {@code at}, as many chars as it read at most; the number
     * written, or -1 if a char folded into two (no real text has one: see {@link #grown}).
     */
    private static int fold(char[] in, int from, int to, char[] out, int[] map, int at) {
        int count = at;
        int limit = at + (to - from);
        for (int i = from; i < to; ) {
            char c = in[i];
            int cp = Character.isSurrogate(c) ? Character.codePointAt(in, i) : c;
            int f = FoldRules.fold(cp);
            if (f != FoldRules.REMOVED) {
                if (f <= Character.MAX_VALUE && count < limit) {
                    out[count] = (char) f;
                    map[count++] = i;
                } else if (f > Character.MAX_VALUE && count + 1 < limit) {
                    Character.toChars(f, out, count);
                    map[count++] = i;
                    map[count++] = i;
                } else {
                    return -1;
                }
            }
            i += Character.charCount(cp);
        }
        return count - at;
    }

    /** Folds on one thread with arrays that grow, for a text with a char that folds into two (lowercasing never does). */
    private static FoldedText grown(String text, char[] in) {
        StringBuilder folded = new StringBuilder(in.length + 16);
        int[] toStored = new int[in.length + 16];
        int count = 0;
        for (int i = 0; i < in.length; ) {
            int cp = Character.codePointAt(in, i);
            int f = FoldRules.fold(cp);
            if (f != FoldRules.REMOVED) {
                folded.appendCodePoint(f);
                if (folded.length() > toStored.length) {
                    toStored = Arrays.copyOf(toStored, folded.length() * 2);
                }
                while (count < folded.length()) {
                    toStored[count++] = i;
                }
            }
            i += Character.charCount(cp);
        }
        char[] chars = new char[folded.length()];
        folded.getChars(0, chars.length, chars, 0);
        return new FoldedText(text, in, chars, chars.length, toStored);
    }

    /** Folds a search query the same way, without a map. */
    public static String foldQuery(String query) {
        StringBuilder folded = new StringBuilder(query.length());
        for (int i = 0; i < query.length(); ) {
            int cp = query.codePointAt(i);
            int f = FoldRules.fold(cp);
            if (f != FoldRules.REMOVED) {
                folded.appendCodePoint(f);
            }
            i += Character.charCount(cp);
        }
        return folded.toString();
    }
}
