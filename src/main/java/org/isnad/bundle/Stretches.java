package org.isnad.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.Span;

/**
 * The annotations of a set as the interchange formats see them: a span on its own, or the spans that
 * {@link LinkType#CONTINUES} links join into one discontinuous annotation (brat's {@code 0 4;10 20},
 * one W3C annotation with a target per stretch). The first stretch in reading order stands for the
 * whole annotation.
 */
final class Stretches {
    /** Each annotation's first stretch (by span id) with all its stretches, in reading order. */
    private final Map<String, List<Span>> byFirst = new LinkedHashMap<>();
    private final Map<String, String> firstOf = new HashMap<>();

    private Stretches(AnnotationSet set) {
        Map<String, String> parent = new HashMap<>();
        for (Link l : set.links()) {
            if (l.type() == LinkType.CONTINUES) {
                parent.put(root(parent, l.fromSpanId()), root(parent, l.toSpanId()));
            }
        }
        Map<String, String> firstOfRoot = new HashMap<>();
        for (Span s : set.spans()) {
            String first = firstOfRoot.computeIfAbsent(root(parent, s.id()), r -> s.id());
            firstOf.put(s.id(), first);
            byFirst.computeIfAbsent(first, f -> new ArrayList<>()).add(s);
        }
    }

    static Stretches of(AnnotationSet set) {
        return new Stretches(set);
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (parent.containsKey(r) && !parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    /** Every annotation, as its stretches (one or more), in reading order of their first stretch. */
    List<List<Span>> annotations() {
        return List.copyOf(byFirst.values());
    }

    /** The id of the first stretch of the annotation that a span is part of (the span's own id when it stands alone). */
    String firstOf(String spanId) {
        return firstOf.getOrDefault(spanId, spanId);
    }

    /** Whether a span begins its annotation (is not a later stretch of another). */
    boolean isFirst(String spanId) {
        return firstOf(spanId).equals(spanId);
    }

    /** The stretches of the annotation that a span is part of, in reading order. */
    List<Span> of(String spanId) {
        return byFirst.getOrDefault(firstOf(spanId), List.of());
    }
}
