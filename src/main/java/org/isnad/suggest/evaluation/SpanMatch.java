package org.isnad.suggest.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.isnad.text.TextRange;

/**
 * One-to-one pairs of gold and found spans. Overlapping: the shared characters are at least half of the
 * longer span; most shared first. Exact: same start and end.
 */
final class SpanMatch {
    private SpanMatch() {
    }

    static boolean overlapping(TextRange a, TextRange b) {
        int shared = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
        return shared > 0 && 2 * shared >= Math.max(a.length(), b.length());
    }

    /** Pairs {gold index, found index}; {@code exact} asks for equal spans. */
    static List<int[]> pairs(List<TextRange> gold, List<TextRange> found, boolean exact) {
        return pairs(gold, found, exact, (g, f) -> false);
    }

    /** Tie-break for spans shared by two annotations (an outlet and the source it cites): {@code same} pairs first. */
    interface Same {
        boolean test(int gold, int found);
    }

    static List<int[]> pairs(List<TextRange> gold, List<TextRange> found, boolean exact, Same same) {
        List<long[]> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int f = 0; f < found.size(); f++) {
                TextRange a = gold.get(g);
                TextRange b = found.get(f);
                if (exact ? a.equals(b) : overlapping(a, b)) {
                    long shared = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
                    candidates.add(new long[] {2 * shared + (same.test(g, f) ? 1 : 0), g, f});
                }
            }
        }
        candidates.sort(Comparator.comparingLong((long[] c) -> -c[0]).thenComparingLong(c -> c[1]).thenComparingLong(c -> c[2]));
        boolean[] usedGold = new boolean[gold.size()];
        boolean[] usedFound = new boolean[found.size()];
        List<int[]> pairs = new ArrayList<>();
        for (long[] c : candidates) {
            int g = (int) c[1];
            int f = (int) c[2];
            if (!usedGold[g] && !usedFound[f]) {
                usedGold[g] = true;
                usedFound[f] = true;
                pairs.add(new int[] {g, f});
            }
        }
        return pairs;
    }

    static Figure figure(List<TextRange> gold, List<TextRange> found, boolean exact) {
        return new Figure(pairs(gold, found, exact).size(), found.size(), gold.size());
    }
}
