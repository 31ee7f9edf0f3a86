package org.isnad.ui.editor;

import java.util.List;

/** What the view models draw on: the document view, or a recording fake in tests. */
public interface DocumentCanvas {
    void setText(String text);

    /** Replaces the owner's whole layer; only the paragraphs whose highlights changed are redrawn. */
    void setHighlights(HighlightOwner owner, List<Highlight> highlights);

    void setLinks(List<LinkLine> links);

    void scrollToOffset(int offset);
}
