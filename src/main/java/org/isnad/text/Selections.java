package org.isnad.text;

import java.util.Optional;

/** Turns a raw mouse selection into a span: whole clusters, no spaces or bidi marks at its edges. */
public final class Selections {

    private Selections() {
    }

    /**
     * Snaps {@code [start, end)} (either order: a right-to-left drag may give end < start),
     * clamped to the text. It may start inside a word, as long as it is on a cluster boundary.
     * Empty when nothing but trimmable characters is left.
     */
    public static Optional<TextRange> snap(String text, int start, int end) {
        int length = text.length();
        int s = clamp(Math.min(start, end), length);
        int e = clamp(Math.max(start, end), length);
        s = Graphemes.floorBoundary(text, s);
        e = Graphemes.ceilBoundary(text, e);
        while (s < e) {
            int clusterEnd = Graphemes.ceilBoundary(text, s + 1);
            if (!allTrimmable(text, s, clusterEnd)) {
                break;
            }
            s = clusterEnd;
        }
        while (e > s) {
            int clusterStart = Graphemes.floorBoundary(text, e - 1);
            if (!allTrimmable(text, clusterStart, e)) {
                break;
            }
            e = clusterStart;
        }
        return s < e ? Optional.of(new TextRange(s, e)) : Optional.empty();
    }

    private static int clamp(int index, int length) {
        return Math.max(0, Math.min(index, length));
    }

    /** A cluster is trimmed only if all of it is invisible, so a mark on a space is kept. */
    private static boolean allTrimmable(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (!BidiControls.isTrimmable(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
