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
     * The same; with a {@code helper}, the second half of the text is folded there while this thread folds the
     * first. Folding goes code point by code point, so halves split between two code points give the same text and map.
     */
    public static FoldedText fold(String text, Executor helper) {
        char[] in = text.toCharArray(); // a char array, not a call per char
        int n = in.length;
        if (helper == null || n < 2) {
            Piece all = piece(in, 0, n);
            return new FoldedText(text, new String(all.folded, 0, all.count), all.toStored);
        }
        int half = n / 2;
        if (Character.isHighSurrogate(in[half - 1]) && Character.isLowSurrogate(in[half])) {
            half++;
        }
        int secondFrom = half;
        CompletableFuture<Piece> second = CompletableFuture.supplyAsync(() -> piece(in, secondFrom, n), helper);
        Piece first = piece(in, 0, half);
        Piece rest;
        try {
            rest = second.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        char[] folded = Arrays.copyOf(first.folded, first.count + rest.count);
        System.arraycopy(rest.folded, 0, folded, first.count, rest.count);
        int[] toStored = new int[Math.max(n, folded.length)];
        System.arraycopy(first.toStored, 0, toStored, 0, first.count);
        System.arraycopy(rest.toStored, 0, toStored, first.count, rest.count);
        return new FoldedText(text, new String(folded), toStored);
    }

    /** The folded chars of stored [from, to) (code point boundaries), each with its stored index. */
    private record Piece(char[] folded, int[] toStored, int count) {
    }

    private static Piece piece(char[] in, int from, int to) {
        char[] folded = new char[to - from];
        int[] toStored = new int[to - from];
        int count = 0;
        for (int i = from; i < to; ) {
            char c = in[i];
            int cp = Character.isSurrogate(c) ? Character.codePointAt(in, i) : c;
            int f = FoldRules.fold(cp);
            if (f != FoldRules.REMOVED) {
                int chars = Character.charCount(f);
                if (count + chars > folded.length) { // never for real text: lowercasing keeps the length
                    folded = Arrays.copyOf(folded, count + chars + 16);
                    toStored = Arrays.copyOf(toStored, count + chars + 16);
                }
                if (chars == 1) {
                    folded[count] = (char) f;
                    toStored[count++] = i;
                } else {
                    Character.toChars(f, folded, count);
                    toStored[count++] = i;
                    toStored[count++] = i;
                }
            }
            i += Character.charCount(cp);
        }
        return new Piece(folded, toStored, count);
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
