package org.isnad.text;

/** The per-character rules of search folding, shared by text and query so both fold alike. */
final class FoldRules {

    static final int REMOVED = -1;

    private FoldRules() {
    }

    /** The folded code point, or {@link #REMOVED}. */
    static int fold(int cp) {
        if (isRemoved(cp)) {
            return REMOVED;
        }
        switch (cp) {
            case 0x0623: // أ
            case 0x0625: // إ
            case 0x0622: // آ
            case 0x0671: // ٱ
                return 0x0627; // ا
            case 0x0649: // ى
                return 0x064A; // ي
            case 0x0629: // ة
                return 0x0647; // ه
            default:
                break;
        }
        if (cp >= 0x0660 && cp <= 0x0669) {
            return '0' + (cp - 0x0660);
        }
        if (cp >= 0x06F0 && cp <= 0x06F9) {
            return '0' + (cp - 0x06F0);
        }
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp; // what Character.toLowerCase does there
        }
        if (cp <= 0x06FF && cp >= 0x0600) {
            return cp; // the Arabic block has no case
        }
        // one code point to one code point (unlike String.toLowerCase), so the map stays simple
        return Character.toLowerCase(cp);
    }

    /** Harakat, superscript alef, Quranic marks and tatweel: writers add or omit them freely. */
    static boolean isRemoved(int cp) {
        return (cp >= 0x064B && cp <= 0x065F)
                || cp == 0x0670
                || (cp >= 0x06D6 && cp <= 0x06ED)
                || cp == 0x0640;
    }

    /** A removed character that belongs to the letter before it (a mark, not tatweel). */
    static boolean isRemovedMark(int cp) {
        if (!isRemoved(cp)) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
