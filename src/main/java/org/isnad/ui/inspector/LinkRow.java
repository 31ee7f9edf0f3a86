package org.isnad.ui.inspector;

import org.isnad.domain.Layer;
import org.isnad.domain.LinkType;

/**
 * One link of the selected annotation as the inspector lists it: its type, read from the selected
 * end ({@code outgoing} when the selected annotation is the link's source), and the other end.
 */
public record LinkRow(String linkId, LinkType type, boolean outgoing, String label,
                      String otherSpanId, Layer otherLayer, String otherLayerName, String otherText) {
}
