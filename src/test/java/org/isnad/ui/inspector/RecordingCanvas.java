package org.isnad.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import org.isnad.ui.editor.DocumentCanvas;
import org.isnad.ui.editor.HighlightOwner;
import org.isnad.ui.editor.Highlight;
import org.isnad.ui.editor.LinkLine;

/** Stands in for the document view: records what the editor asked it to draw and where to scroll. */
final class RecordingCanvas implements DocumentCanvas {
    final List<Integer> scrolledTo = new ArrayList<>();
    List<LinkLine> links = List.of();

    @Override
    public void setText(String text) {
    }

    @Override
    public void setHighlights(HighlightOwner owner, List<Highlight> highlights) {
    }

    @Override
    public void setLinks(List<LinkLine> lines) {
        links = List.copyOf(lines);
    }

    @Override
    public void scrollToOffset(int offset) {
        scrolledTo.add(offset);
    }
}
