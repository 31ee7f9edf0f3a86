package org.isnad.ui.editor;

import java.util.Objects;

/**
 * A span to draw on the document: {@code [start, end)} in document UTF-16 offsets, logical order.
 *
 * @param id    caller's identifier, reported back by {@link DocumentView#selectedHighlightProperty()}
 * @param layer one of {@link #SPEAKER}, {@link #CUE}, {@link #QUOTE}, {@link #CLAIM}; becomes the style class {@code layer-<layer>}
 */
public record Highlight(String id, String layer, int start, int end) {

    public static final String SPEAKER = "speaker";
    public static final String CUE = "cue";
    public static final String QUOTE = "quote";
    public static final String CLAIM = "claim";

    public Highlight {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(layer, "layer");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ") for " + id);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
