package org.isnad.ui.inspector;

import java.util.List;
import org.isnad.domain.Layer;

/**
 * A snapshot of everything the inspector shows for the selected annotation. Exactly one of
 * {@code quote}, {@code claim}, {@code speaker} is set for those layers; a cue has none. Two
 * snapshots are equal when the panel would look the same, so an unchanged panel is not redrawn.
 */
public record InspectorState(String spanId, Layer layer, String layerName, String text, String note, boolean editable,
                             QuoteState quote, ClaimState claim, SpeakerState speaker, List<LinkRow> links) {
    public InspectorState {
        links = List.copyOf(links);
        note = note == null ? "" : note;
    }

    public boolean showsQuote() {
        return quote != null;
    }

    public boolean showsClaim() {
        return claim != null;
    }

    public boolean showsSpeaker() {
        return speaker != null;
    }
}
