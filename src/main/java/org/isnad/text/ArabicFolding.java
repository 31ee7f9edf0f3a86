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
        StringBuilder folded = new StringBuilder(text.length());
        int[] toStored = new int[text.length()];
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int f = FoldRules.fold(cp);
            if (f != FoldRules.REMOVED) {
                folded.appendCodePoint(f);
                while (count < folded.length()) {
                    toStored[count++] = i;
                }
            }
            i += Character.charCount(cp);
        }
        return new FoldedText(text, folded.toString(), toStored);
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
