package org.isnad.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.isnad.ui.editor.DocumentCanvas;
import org.isnad.ui.editor.Highlight;
import org.isnad.ui.editor.LinkLine;

/** Stands in for the document view: records what it was asked to draw, link and scroll to, without JavaFX. */
public final class RecordingCanvas implements DocumentCanvas {
    public List<Highlight> highlights = List.of();
    public List<LinkLine> links = List.of();
    public final List<Integer> scrolledTo = new ArrayList<>();

    @Override
    public void setText(String text) {
    }

    @Override
    public void setHighlights(List<Highlight> all) {
        highlights = List.copyOf(all);
    }

    @Override
    public void updateHighlights(Collection<Highlight> changed, Collection<String> removedIds) {
        List<Highlight> next = new ArrayList<>(highlights);
        next.removeIf(h -> removedIds.contains(h.id()) || changed.stream().anyMatch(c -> c.id().equals(h.id())));
        next.addAll(changed);
        highlights = next;
    }

    @Override
    public void setLinks(List<LinkLine> lines) {
        links = List.copyOf(lines);
    }

    @Override
    public void scrollToOffset(int offset) {
        scrolledTo.add(offset);
    }

    /** The ids of the drawn highlights, sorted. */
    public List<String> ids() {
        return highlights.stream().map(Highlight::id).sorted().toList();
    }
}
