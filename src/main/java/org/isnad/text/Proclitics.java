package org.isnad.text;

import java.util.Optional;

/**
 * Takes a leading one-letter conjunction or preposition off a selection: «و», «ف», «ب» or «ل», so that
 * an analyst who selected «وقال» can keep «قال». Arabic writes these joined to the next word and the
 * text alone cannot tell «وقال» (and said) from «وزير» (minister), so this is done only when asked
 * for, one letter per request («وبالحكومة» → «بالحكومة» → «الحكومة»), and only when what is left is
 * still a word:
 * <ul>
 *   <li>the selection starts with one of the four letters (its harakat and a tatweel after it go with it),
 *       at the beginning of a word or after a proclitic taken off before;</li>
 *   <li>at least two letters of the word remain («ول» stays whole);</li>
 *   <li>not «ل» before «ل»: in «للحكومة» the article's alef was dropped, and «لحكومة» is no word.</li>
 * </ul>
 */
public final class Proclitics {

    private static final String LETTERS = "وفبل";

    private Proclitics() {
    }

    /** The selection without its leading proclitic, or empty when there is none to take off (see the class comment). */
    public static Optional<TextRange> withoutLeading(String text, TextRange selection) {
        int s = selection.start();
        if (selection.isEmpty() || s >= text.length() || !Words.isWordChar(text, s)) {
            return Optional.empty();
        }
        TextRange word = Words.wordAt(text, s);
        if (LETTERS.indexOf(text.charAt(s)) < 0) {
            return Optional.empty();
        }
        int rest = s + 1;
        while (rest < word.end() && (isMark(text.charAt(rest)) || text.charAt(rest) == '\u0640')) {
            rest++;
        }
        int end = Math.min(word.end(), selection.end());
        if (rest >= end || letters(text, rest, end) < 2) {
            return Optional.empty();
        }
        if (text.charAt(s) == 'ل' && text.charAt(rest) == 'ل') {
            return Optional.empty();
        }
        return Optional.of(new TextRange(rest, selection.end()));
    }

    private static int letters(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) && c != '\u0640') {
                n++;
            }
        }
        return n;
    }

    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
