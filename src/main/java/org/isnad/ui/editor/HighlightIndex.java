package org.isnad.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The highlights of every owner's layer, by owner and id and by paragraph, so that replacing a layer
 * touches only the paragraphs whose highlights really changed. Plain Java.
 */
final class HighlightIndex {

    /** A highlight with the layer it belongs to. */
    record Placed(HighlightRef ref, Highlight highlight) {
    }

    private TextParagraphs paragraphs = TextParagraphs.of("");
    private final Map<HighlightOwner, Map<String, Highlight>> byOwner = new EnumMap<>(HighlightOwner.class);
    /** Per paragraph: removing one of many highlights (e.g. all of a long document's when another opens) is O(1). */
    private final Map<Integer, Map<HighlightRef, Highlight>> byParagraph = new HashMap<>();

    HighlightIndex() {
        for (HighlightOwner o : HighlightOwner.values()) {
            byOwner.put(o, new LinkedHashMap<>());
        }
    }

    /** Empties every layer (a new text makes every offset meaningless). */
    void clear() {
        byOwner.values().forEach(Map::clear);
        byParagraph.clear();
    }

    /** Re-indexes the current highlights against new paragraphs. */
    void setParagraphs(TextParagraphs p) {
        paragraphs = p;
        byParagraph.clear();
        byOwner.forEach((owner, layer) -> layer.values().forEach(h -> add(new HighlightRef(owner, h.id()), h)));
    }

    /** Replaces one owner's layer; returns the paragraphs whose highlights changed. */
    Set<Integer> setLayer(HighlightOwner owner, Collection<Highlight> highlights) {
        Map<String, Highlight> layer = byOwner.get(owner);
        Map<String, Highlight> next = new LinkedHashMap<>();
        for (Highlight h : highlights) {
            next.put(h.id(), h);
        }
        Set<Integer> touched = new TreeSet<>();
        for (Highlight old : layer.values()) {
            if (!old.equals(next.get(old.id()))) {
                remove(new HighlightRef(owner, old.id()), old, touched);
            }
        }
        for (Highlight h : next.values()) {
            if (!h.equals(layer.get(h.id()))) {
                touched.addAll(add(new HighlightRef(owner, h.id()), h));
            }
        }
        layer.clear();
        layer.putAll(next);
        return touched;
    }

    Highlight get(HighlightRef ref) {
        return ref == null ? null : byOwner.get(ref.owner()).get(ref.id());
    }

    Collection<Highlight> layer(HighlightOwner owner) {
        return byOwner.get(owner).values();
    }

    /** The highlights of a paragraph, bottom layer first. */
    List<Placed> inParagraph(int paragraph) {
        Map<HighlightRef, Highlight> in = byParagraph.get(paragraph);
        if (in == null) {
            return List.of();
        }
        List<Placed> out = new ArrayList<>(in.size());
        in.forEach((ref, h) -> out.add(new Placed(ref, h)));
        out.sort(Comparator.comparingInt((Placed p) -> p.ref().owner().ordinal()));
        return out;
    }

    /** Selectable highlights of a paragraph that contain {@code offset}: innermost first, the upper layer first among equals. */
    List<Placed> selectableAt(int paragraph, int offset) {
        List<Placed> out = new ArrayList<>();
        for (Placed p : inParagraph(paragraph)) {
            if (p.ref().owner().selectable() && p.highlight().contains(offset)) {
                out.add(p);
            }
        }
        out.sort(Comparator.comparingInt((Placed p) -> p.highlight().length())
                .thenComparing(Comparator.comparingInt((Placed p) -> p.ref().owner().ordinal()).reversed()));
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

    private Set<Integer> add(HighlightRef ref, Highlight h) {
        Set<Integer> ps = paragraphsOf(h.start(), h.end());
        for (int p : ps) {
            byParagraph.computeIfAbsent(p, k -> new LinkedHashMap<>()).put(ref, h);
        }
        return ps;
    }

    private void remove(HighlightRef ref, Highlight h, Set<Integer> touched) {
        for (int p : paragraphsOf(h.start(), h.end())) {
            Map<HighlightRef, Highlight> in = byParagraph.get(p);
            if (in != null && in.remove(ref) != null) {
                touched.add(p);
                if (in.isEmpty()) {
                    byParagraph.remove(p);
                }
            }
        }
    }
}
