package org.isnad.ui.editor;

import java.util.Collection;
import java.util.List;

/** What the editor's view model draws on: the document view, or a recording fake in tests. */
public interface DocumentCanvas {
    void setText(String text);

    void setHighlights(List<Highlight> highlights);

    /** Redraws only the paragraphs these highlights touch. */
    void updateHighlights(Collection<Highlight> changed, Collection<String> removedIds);

    void setLinks(List<LinkLine> links);

    void scrollToOffset(int offset);
}
