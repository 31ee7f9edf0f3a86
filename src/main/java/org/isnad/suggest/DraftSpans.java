package org.isnad.suggest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The spans of the drafts found so far, to ask whether a new span overlaps one of them without going through
 * every draft of the article: only drafts that start less than the longest draft's length before it can reach it.
 */
final class DraftSpans {
    /** Start → the furthest end of the drafts starting there. */
    private final TreeMap<Integer, Integer> endByStart = new TreeMap<>();
    private int longest;

    DraftSpans(List<Draft> drafts) {
        drafts.forEach(this::add);
    }

    void add(Draft d) {
        endByStart.merge(d.start, d.end, Math::max);
        longest = Math.max(longest, d.end - d.start);
    }

    /** Whether some draft overlaps [start, stop) ({@link Draft#overlaps}). */
    boolean overlap(int start, int stop) {
        // a draft ending after start, at most `longest` long, starts after start - longest
        for (Map.Entry<Integer, Integer> e : endByStart.subMap(start - longest, false, stop, false).entrySet()) {
            if (e.getValue() > start) {
                return true;
            }
        }
        return false;
    }
}
