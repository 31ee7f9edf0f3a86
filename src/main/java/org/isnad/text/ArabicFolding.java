package org.isnad.text;

/**
 * Folds text for search only (the stored text never changes): harakat and tatweel removed,
 * alef forms, alef maksura and ta marbuta unified, digits made ASCII, letters lowercased.
 */
public final class ArabicFolding {

    private ArabicFolding() {
    }

    /** Folds {@code text} and keeps a map from each folded character back to the stored text. */
    public static FoldedText fold(String text) {
        char[] in = text.toCharArray(); // a char array, not a call per char
        int n = in.length;
        char[] folded = new char[n];
        int[] toStored = new int[n];
        int count = 0;
        for (int i = 0; i < n; ) {
            char c = in[i];
            int cp = Character.isSurrogate(c) ? Character.codePointAt(in, i) : c;
            int f = FoldRules.fold(cp);
            if (f != FoldRules.REMOVED) {
                int chars = Character.charCount(f);
                if (count + chars > folded.length) { // never for real text: lowercasing keeps the length
                    folded = java.util.Arrays.copyOf(folded, count + chars + 16);
                    toStored = java.util.Arrays.copyOf(toStored, count + chars + 16);
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
        return new FoldedText(text, new String(folded, 0, count), toStored);
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
