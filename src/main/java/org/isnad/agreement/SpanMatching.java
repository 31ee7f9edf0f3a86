package org.isnad.agreement;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.domain.Span;

/**
 * Pairs two analysts' spans one to one. Exact: same layer, start and end (two identical spans of one analyst pair
 * with two of the other, not one with both). Overlapping: same layer and at least one shared character, the pairs
 * with most shared characters taken first, so that a nested quote is paired with its own counterpart rather than
 * with the quote around it.
 */
public final class SpanMatching {
    private SpanMatching() {
    }

    public static List<SpanPair> exact(List<Span> a, List<Span> b) {
        Map<String, Deque<Span>> waiting = new HashMap<>();
        for (Span s : b) {
            waiting.computeIfAbsent(place(s), k -> new ArrayDeque<>()).add(s);
        }
        List<SpanPair> pairs = new ArrayList<>();
        for (Span s : sorted(a)) {
            Deque<Span> same = waiting.get(place(s));
            if (same != null && !same.isEmpty()) {
                pairs.add(new SpanPair(s, same.poll()));
            }
        }
        return pairs;
    }

    public static List<SpanPair> overlapping(List<Span> a, List<Span> b) {
        List<Span> as = sorted(a);
        List<Span> bs = sorted(b);
        List<SpanPair> candidates = new ArrayList<>();
        // b sorted by start: for each a only the b starting before a's end can overlap; longest span bounds the scan back
        int maxB = bs.stream().mapToInt(Span::length).max().orElse(0);
        int[] bStarts = bs.stream().mapToInt(Span::start).toArray();
        for (Span s : as) {
            int from = firstAtOrAfter(bStarts, s.start() - maxB + 1);
            for (int j = from; j < bs.size() && bStarts[j] < s.end(); j++) {
                SpanPair pair = new SpanPair(s, bs.get(j));
                if (pair.a().layer() == pair.b().layer() && pair.overlap() > 0) {
                    candidates.add(pair);
                }
            }
        }
        candidates.sort(Comparator.comparingInt(SpanPair::overlap).reversed()
                .thenComparingInt(p -> Math.abs(p.a().start() - p.b().start()) + Math.abs(p.a().end() - p.b().end()))
                .thenComparing(p -> p.a(), READING)
                .thenComparing(p -> p.b(), READING));
        Set<String> usedA = new HashSet<>();
        Set<String> usedB = new HashSet<>();
        List<SpanPair> pairs = new ArrayList<>();
        for (SpanPair p : candidates) {
            if (!usedA.contains(p.a().id()) && !usedB.contains(p.b().id())) {
                usedA.add(p.a().id());
                usedB.add(p.b().id());
                pairs.add(p);
            }
        }
        return pairs;
    }

    private static final Comparator<Span> READING = Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed())
            .thenComparing(Span::id);

    private static List<Span> sorted(List<Span> spans) {
        List<Span> list = new ArrayList<>(spans);
        list.sort(READING);
        return list;
    }

    private static String place(Span s) {
        return s.layer() + ":" + s.start() + ":" + s.end();
    }

    private static int firstAtOrAfter(int[] sortedStarts, int value) {
        int lo = 0;
        int hi = sortedStarts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedStarts[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
