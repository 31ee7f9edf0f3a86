package org.isnad.ui.editor;

import java.util.Objects;

/** A line drawn between two highlights (e.g. a quote and its speaker) while both are on screen. */
public record LinkLine(String fromHighlightId, String toHighlightId) {
    public LinkLine {
        Objects.requireNonNull(fromHighlightId, "fromHighlightId");
        Objects.requireNonNull(toHighlightId, "toHighlightId");
    }
}
