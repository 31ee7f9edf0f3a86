package org.isnad.text;

/**
 * Finds, near an index, a position that is a grapheme cluster boundary whatever comes
 * before it, so {@code \X} can start matching there instead of at the start of the text.
 */
final class RestartPoints {

    private RestartPoints() {
    }

    /**
     * The nearest certain boundary at or before {@code index}. In real text one is a few
     * characters away; text with no plain characters (e.g. a long run of flag emoji)
     * falls back to scanning further, which stays correct.
     */
    static int atOrBefore(String text, int index) {
        int p = index;
        while (p > 0 && !isCertainBoundary(text, p)) {
            p--;
        }
        return p;
    }

    /**
     * True only where UAX #29 breaks regardless of context: around control characters
     * (GB4, GB5, except inside CR LF), and between two plain characters, which no rule
     * joins (they are neither Prepend, Extend, ZWJ, SpacingMark, Hangul, nor regional indicators).
     */
    static boolean isCertainBoundary(String text, int p) {
        if (p <= 0 || p >= text.length()) {
            return true;
        }
        char before = text.charAt(p - 1);
        char after = text.charAt(p);
        if (before == '\r' && after == '\n') {
            return false;
        }
        if (Character.getType(before) == Character.CONTROL || Character.getType(after) == Character.CONTROL) {
            return true;
        }
        return isPlain(before) && isPlain(after);
    }

    /** Printable ASCII, Arabic letters (with tatweel) and Arabic-Indic digits. */
    private static boolean isPlain(char c) {
        return (c >= 0x20 && c <= 0x7E)
                || (c >= 0x0621 && c <= 0x064A)
                || (c >= 0x0660 && c <= 0x0669);
    }
}
