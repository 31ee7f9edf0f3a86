package org.isnad.text;

/** Characters that must not sit at the edge of a span: invisible bidi controls and spaces. */
public final class BidiControls {

    private BidiControls() {
    }

    /** LRM, RLM, ALM, the embeddings/overrides and the isolates. */
    public static boolean isBidiControl(int codePoint) {
        return codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    /** Whitespace (including the no-break and zero-width spaces Java does not count) or a bidi control. */
    public static boolean isTrimmable(int codePoint) {
        return Character.isWhitespace(codePoint)
                || codePoint == 0x00A0 || codePoint == 0x2007 || codePoint == 0x202F
                || codePoint == 0x200B
                || isBidiControl(codePoint);
    }
}
