package org.isnad.ui.editor;

import java.util.Objects;

/** One highlight on the document: its owner's layer and its id within that layer. */
public record HighlightRef(HighlightOwner owner, String id) {
    public HighlightRef {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(id, "id");
    }
}
