package org.isnad.suggest;

/**
 * What each UTF-16 char is, worked out once (by the rules written here, with {@link Character}) rather than asked
 * of {@link Character} for each of the million chars of a long article.
 */
final class Chars {
    private static final byte SPACE = 1;
    private static final byte WORD = 2;
    private static final byte LETTER_OR_DIGIT = 4;
    private static final byte DIGIT = 8;
    private static final byte WHITESPACE = 16;
    private static final byte[] CLASSES = new byte[Character.MAX_VALUE + 1];

    static {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            CLASSES[i] = (byte) ((spaceRule(c) ? SPACE : 0) | (wordRule(c) ? WORD : 0)
                    | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0) | (Character.isDigit(c) ? DIGIT : 0)
                    | (Character.isWhitespace(c) ? WHITESPACE : 0));
        }
    }

    private Chars() {
    }

    /** A space between tokens: {@link Character#isWhitespace} and the no-break, figure and zero-width spaces. */
    static boolean isSpace(char c) {
        return (CLASSES[c] & SPACE) != 0;
    }

    /** Part of a word: a letter, a digit, a combining mark, or a zero-width (non-)joiner. */
    static boolean isWordChar(char c) {
        return (CLASSES[c] & WORD) != 0;
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    static boolean isLetterOrDigit(char c) {
        return (CLASSES[c] & LETTER_OR_DIGIT) != 0;
    }

    /** {@link Character#isDigit(char)}. */
    static boolean isDigit(char c) {
        return (CLASSES[c] & DIGIT) != 0;
    }

    /** {@link Character#isWhitespace(char)}. */
    static boolean isWhitespace(char c) {
        return (CLASSES[c] & WHITESPACE) != 0;
    }

    private static boolean spaceRule(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B';
    }

    private static boolean wordRule(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || c == '\u200C' || c == '\u200D';
    }
}
