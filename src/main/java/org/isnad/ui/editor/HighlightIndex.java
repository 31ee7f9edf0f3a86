package org.isnad.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Highlights by id and by paragraph, so that a change touches only the paragraphs it overlaps. Plain Java. */
final class HighlightIndex {

    private TextParagraphs paragraphs = TextParagraphs.of("");
    private final Map<String, Highlight> byId = new LinkedHashMap<>();
    /** Per paragraph, by id: removing one of many highlights (e.g. all of a long document's when another opens) is O(1). */
    private final Map<Integer, Map<String, Highlight>> byParagraph = new HashMap<>();

    /** Re-indexes the current highlights against new paragraphs. */
    void setParagraphs(TextParagraphs p) {
        paragraphs = p;
        byParagraph.clear();
        for (Highlight h : byId.values()) {
            add(h);
        }
    }

    /** Replaces all highlights; returns the paragraphs whose highlights changed. */
    Set<Integer> setAll(Collection<Highlight> highlights) {
        Map<String, Highlight> next = new LinkedHashMap<>();
        for (Highlight h : highlights) {
            next.put(h.id(), h);
        }
        List<String> removed = new ArrayList<>();
        for (String id : byId.keySet()) {
            if (!next.containsKey(id)) {
                removed.add(id);
            }
        }
        return update(next.values(), removed);
    }

    /** Adds or replaces {@code upserts} (by id) and removes {@code removedIds}; returns the paragraphs touched. */
    Set<Integer> update(Collection<Highlight> upserts, Collection<String> removedIds) {
        Set<Integer> touched = new TreeSet<>();
        for (String id : removedIds) {
            Highlight old = byId.remove(id);
            if (old != null) {
                remove(old, touched);
            }
        }
        for (Highlight h : upserts) {
            Highlight old = byId.get(h.id());
            if (h.equals(old)) {
                continue;
            }
            if (old != null) {
                remove(old, touched);
            }
            byId.put(h.id(), h);
            touched.addAll(add(h));
        }
        return touched;
    }

    Highlight get(String id) {
        return id == null ? null : byId.get(id);
    }

    Collection<Highlight> all() {
        return byId.values();
    }

    List<Highlight> inParagraph(int paragraph) {
        Map<String, Highlight> in = byParagraph.get(paragraph);
        return in == null ? List.of() : List.copyOf(in.values());
    }

    /** Highlights of a paragraph that contain {@code offset}, shortest (innermost) first. */
    List<Highlight> at(int paragraph, int offset) {
        List<Highlight> out = new ArrayList<>();
        for (Highlight h : inParagraph(paragraph)) {
            if (h.contains(offset)) {
                out.add(h);
            }
        }
        out.sort(Comparator.comparingInt(Highlight::length));
        return out;
    }

    /** Paragraph indexes that {@code [start, end)} overlaps (an empty range touches the paragraph of its caret). */
    Set<Integer> paragraphsOf(int start, int end) {
        Set<Integer> out = new TreeSet<>();
        if (paragraphs.size() == 0) {
            return out;
        }
        int first = paragraphs.caretIndexOf(start);
        int last = end > start ? paragraphs.caretIndexOf(end - 1) : first;
        if (paragraphs.indexOf(start) < 0 && end > start) {
            first = Math.min(last, -paragraphs.indexOf(start) - 1);
        }
        for (int i = first; i <= last; i++) {
            out.add(i);
        }
        return out;
    }

    private Set<Integer> add(Highlight h) {
        Set<Integer> ps = paragraphsOf(h.start(), h.end());
        for (int p : ps) {
            byParagraph.computeIfAbsent(p, k -> new LinkedHashMap<>()).put(h.id(), h);
        }
        return ps;
    }

    private void remove(Highlight h, Set<Integer> touched) {
        for (int p : paragraphsOf(h.start(), h.end())) {
            Map<String, Highlight> in = byParagraph.get(p);
            if (in != null && in.remove(h.id()) != null) {
                touched.add(p);
                if (in.isEmpty()) {
                    byParagraph.remove(p);
                }
            }
        }
    }
}
