package org.isnad.text;

import java.util.Arrays;

/**
 * Converts offsets between UTF-16 units (used inside the program) and code points
 * (used by W3C Web Annotation and brat exports). Stores only where surrogate pairs
 * start, so an Arabic text with a few emoji costs almost nothing.
 */
public final class CodePointIndex {

    private final int utf16Length;
    /** UTF-16 index of the high half of each surrogate pair, ascending. */
    private final int[] pairs;

    public CodePointIndex(String text) {
        this.utf16Length = text.length();
        int[] found = new int[8];
        int count = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
                i++;
            }
        }
        this.pairs = Arrays.copyOf(found, count);
    }

    /** Number of code points; a lone surrogate counts as one, as in {@link String#codePointCount}. */
    public int codePointLength() {
        return utf16Length - pairs.length;
    }

    public int toCodePoints(int utf16Offset) {
        if (utf16Offset < 0 || utf16Offset > utf16Length) {
            throw new IllegalArgumentException("UTF-16 offset " + utf16Offset
                    + " is outside the text (length " + utf16Length + ")");
        }
        int pairsBefore = Arrays.binarySearch(pairs, utf16Offset - 1);
        if (pairsBefore >= 0) {
            throw new IllegalArgumentException("UTF-16 offset " + utf16Offset
                    + " falls between the two halves of a surrogate pair");
        }
        // insertion point = number of pairs starting before utf16Offset - 1, all of them whole
        return utf16Offset - (-pairsBefore - 1);
    }

    public int toUtf16(int codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > codePointLength()) {
            throw new IllegalArgumentException("code point offset " + codePointOffset
                    + " is outside the text (length " + codePointLength() + " code points)");
        }
        // pair k starts at code point pairs[k] - k, strictly increasing in k
        int low = 0;
        int high = pairs.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (pairs[mid] - mid < codePointOffset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return codePointOffset + low;
    }
}
