package org.isnad.ui.search;

import org.isnad.service.SearchHit;

/**
 * A hit cut into the three parts of a key-word-in-context line: the context before the match, the
 * match, and the context after. Where a cut falls inside an Arabic word (a stem matched inside
 * «الأمنية»), the letters on either side would lose their joined forms once drawn as separate pieces;
 * a zero-width joiner on both sides of the cut keeps each letter in the form it has in the word.
 */
record KwicLine(String before, String match, String after) {
    static final char ZWJ = '\u200D';

    static KwicLine of(SearchHit hit) {
        String context = hit.context();
        int from = Math.max(0, Math.min(context.length(), hit.contextStart()));
        int to = Math.min(context.length(), from + hit.text().length());
        String before = context.substring(0, from);
        String match = context.substring(from, to);
        String after = context.substring(to);
        if (joinsAcross(context, from)) {
            before = before + ZWJ;
            match = ZWJ + match;
        }
        if (joinsAcross(context, to)) {
            match = match + ZWJ;
            after = ZWJ + after;
        }
        return new KwicLine(before, match, after);
    }

    /** True when the letter before {@code at} is joined to the letter at {@code at} in the whole text. */
    static boolean joinsAcross(String text, int at) {
        if (at <= 0 || at >= text.length() || !isArabic(text.charAt(at))) {
            return false;
        }
        int i = at - 1;
        while (i >= 0 && isMark(text.charAt(i))) {
            i--;
        }
        return i >= 0 && joinsForward(text.charAt(i));
    }

    private static boolean isArabic(char c) {
        return (c >= '\u0620' && c <= '\u065F') || c == '\u0670' || (c >= '\u0671' && c <= '\u06D3');
    }

    private static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
    }

    /** Dual-joining letters and the tatweel; not the letters that join only to the one before (ا د ذ ر ز و …) nor ء. */
    private static boolean joinsForward(char c) {
        if (!isArabic(c) || isMark(c)) {
            return false;
        }
        return switch (c) {
            case '\u0621', '\u0622', '\u0623', '\u0624', '\u0625', '\u0627', '\u0629', '\u062F', '\u0630', '\u0631',
                 '\u0632', '\u0648', '\u0671', '\u0698' -> false;
            default -> true;
        };
    }
}
