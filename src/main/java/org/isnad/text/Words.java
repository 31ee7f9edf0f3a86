package org.isnad.text;

/**
 * Word boundaries for selecting text, as analysts count words in Arabic news: a word is a run of
 * letters and digits of any script together with what sits inside it (harakat and other combining
 * marks, tatweel, ZWJ/ZWNJ, bidi marks, and a «.», «,», «٫» or «٬» between two digits), so «الخارجيّة»,
 * «الـCNN», «2٫5» and «٢٠٢٤م» are one word each. Anything else (a space, a quotation mark, a comma,
 * an emoji) is a word of one grapheme cluster on its own. Every call looks only at the characters
 * around the index, so it costs the same in a paragraph of any length.
 */
public final class Words {

    private Words() {
    }

    /**
     * The word holding the character at {@code index} (0 &lt;= index &lt; length): a run of word
     * characters, or the single grapheme cluster there when it is not a word character.
     */
    public static TextRange wordAt(String text, int index) {
        if (index < 0 || index >= text.length()) {
            throw new IllegalArgumentException("index " + index + " is outside the text (length " + text.length() + ")");
        }
        if (!isWordChar(text, index)) {
            int s = Graphemes.floorBoundary(text, index);
            return new TextRange(s, Graphemes.ceilBoundary(text, index + 1));
        }
        int s = index;
        while (s > 0 && isWordChar(text, s - 1)) {
            s--;
        }
        int e = index + 1;
        while (e < text.length() && isWordChar(text, e)) {
            e++;
        }
        // a mark or a joiner never begins a word on its own; nor do bidi marks sit at its edges
        while (s < e && isInvisibleJoiner(text.charAt(s))) {
            s++;
        }
        while (e > s && isInvisibleJoiner(text.charAt(e - 1))) {
            e--;
        }
        return s < e ? new TextRange(s, e) : new TextRange(index, Graphemes.ceilBoundary(text, index + 1));
    }

    /**
     * Widens {@code [start, end)} (either order) to the whole words it touches: from the start of the
     * word holding its first character to the end of the word holding its last one. An empty range
     * stays empty.
     */
    public static TextRange widen(String text, int start, int end) {
        int s = Math.max(0, Math.min(Math.min(start, end), text.length()));
        int e = Math.max(0, Math.min(Math.max(start, end), text.length()));
        if (s == e) {
            return new TextRange(s, e);
        }
        return new TextRange(wordAt(text, s).start(), wordAt(text, e - 1).end());
    }

    /** True when the character at {@code i} belongs to a word (see the class comment). */
    public static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c) || Character.isSurrogate(c) && isLetterOrDigitPair(text, i)) {
            return true;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        }
        if (isInvisibleJoiner(c)) {
            // inside a word only: a joiner or a bidi mark between two word characters
            return i > 0 && i + 1 < text.length() && isWordCore(text.charAt(i - 1)) && isWordCore(text.charAt(i + 1));
        }
        return isInnerNumberMark(text, i);
    }

    private static boolean isWordCore(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isLetterOrDigitPair(String text, int i) {
        int cp = text.codePointAt(Character.isLowSurrogate(text.charAt(i)) && i > 0 ? i - 1 : i);
        return Character.isLetterOrDigit(cp);
    }

    private static boolean isInvisibleJoiner(char c) {
        return c == '\u200C' || c == '\u200D' || BidiControls.isBidiControl(c);
    }

    /** «5.6», «1,021», «2٫5», «١٬٠٠٠»: a separator between two digits belongs to the number. */
    private static boolean isInnerNumberMark(String s, int i) {
        char c = s.charAt(i);
        if (c != '.' && c != ',' && c != '٫' && c != '٬') {
            return false;
        }
        return i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1));
    }
}
