package org.isnad.agreement;

import java.util.List;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;

/**
 * One party's version of a curation unit: their span and its outgoing links, each link named by its type and the
 * place of the span it points to (ids differ from set to set; places do not).
 */
public record UnitVersion(Span span, List<String> linkEnds, String fingerprint) {
    /**
     * The fingerprint is what two versions must share to be alike: layer, bounds, attributes and links; the
     * analyst's note is not compared. It starts with {@link #place}, so that a stored fingerprint still says where
     * it was. Made once here: units compare versions often.
     */
    public UnitVersion(Span span, List<String> linkEnds) {
        this(span, List.copyOf(linkEnds), place(span.layer(), span.start(), span.end()) + "|" + span.attributes() + "|"
                + String.join(",", linkEnds));
    }

    public boolean sameAs(UnitVersion other) {
        return other != null && fingerprint().equals(other.fingerprint());
    }

    public static String place(Layer layer, int start, int end) {
        return layer.name() + ":" + start + ":" + end;
    }

    /** The layer, start and end a fingerprint begins with. */
    static Object[] placeOf(String fingerprint) {
        String[] parts = fingerprint.substring(0, fingerprint.indexOf('|')).split(":");
        return new Object[] {Layer.valueOf(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }
}
