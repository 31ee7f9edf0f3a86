package org.isnad.testing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.isnad.ui.editor.DocumentCanvas;
import org.isnad.ui.editor.Highlight;
import org.isnad.ui.editor.HighlightOwner;
import org.isnad.ui.editor.LinkLine;

/** Stands in for the document view: records what it was asked to draw (per owner's layer), link and scroll to, without JavaFX. */
public final class RecordingCanvas implements DocumentCanvas {
    public final Map<HighlightOwner, List<Highlight>> layers = new EnumMap<>(HighlightOwner.class);
    public List<LinkLine> links = List.of();
    public final List<Integer> scrolledTo = new ArrayList<>();

    @Override
    public void setText(String text) {
    }

    @Override
    public void setHighlights(HighlightOwner owner, List<Highlight> all) {
        layers.put(owner, List.copyOf(all));
    }

    public List<Highlight> layer(HighlightOwner owner) {
        return layers.getOrDefault(owner, List.of());
    }

    @Override
    public void setLinks(List<LinkLine> lines) {
        links = List.copyOf(lines);
    }

    @Override
    public void scrollToOffset(int offset) {
        scrolledTo.add(offset);
    }

    /** The ids of the annotations drawn, sorted. */
    public List<String> ids() {
        return layer(HighlightOwner.ANNOTATIONS).stream().map(Highlight::id).sorted().toList();
    }
}
