package org.isnad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extended grapheme cluster boundaries (UAX #29) via {@code \X}, so a span never splits
 * a letter from its harakat or an emoji sequence. Each call scans only a few characters
 * around the index, never from the start of the text.
 */
public final class Graphemes {

    private static final Pattern CLUSTER = Pattern.compile("\\X");

    private Graphemes() {
    }

    /** The nearest cluster boundary at or before {@code index}. */
    public static int floorBoundary(String text, int index) {
        return nearest(text, index, true);
    }

    /** The nearest cluster boundary at or after {@code index}. */
    public static int ceilBoundary(String text, int index) {
        return nearest(text, index, false);
    }

    public static boolean isBoundary(String text, int index) {
        return floorBoundary(text, index) == index;
    }

    /** The whole clusters that overlap {@code within} (widened to cluster edges), in order. */
    public static List<TextRange> clusters(String text, TextRange within) {
        checkIndex(text, within.end());
        List<TextRange> result = new ArrayList<>();
        if (within.isEmpty()) {
            return result;
        }
        int from = floorBoundary(text, within.start());
        Matcher m = CLUSTER.matcher(text).region(from, text.length());
        while (m.find() && m.start() < within.end()) {
            result.add(new TextRange(m.start(), m.end()));
        }
        return result;
    }

    private static int nearest(String text, int index, boolean floor) {
        checkIndex(text, index);
        int restart = RestartPoints.atOrBefore(text, index);
        if (restart == index) {
            return index;
        }
        Matcher m = CLUSTER.matcher(text).region(restart, text.length());
        while (m.find()) {
            if (m.end() == index) {
                return index;
            }
            if (m.end() > index) {
                return floor ? m.start() : m.end();
            }
        }
        return text.length(); // not reached: clusters cover the text up to its end
    }

    private static void checkIndex(String text, int index) {
        if (index < 0 || index > text.length()) {
            throw new IllegalArgumentException(
                    "index " + index + " is outside the text (length " + text.length() + ")");
        }
    }
}
