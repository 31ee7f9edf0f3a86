package org.isnad.domain;

/**
 * A marked stretch of the document text in one layer: {@code [start, end)} in UTF-16 code units of
 * the stored text, logical order.
 */
public record Span(String id, Layer layer, int start, int end, String note, SpanAttributes attributes) {

    public static final int MAX_NOTE = 10_000;

    public Span {
        Ids.require(id, "a span");
        if (layer == null) {
            throw new DomainException("span " + id + " has no layer");
        }
        if (start < 0) {
            throw new DomainException("span " + id + " starts before the text: " + start);
        }
        if (start >= end) {
            throw new DomainException("span " + id + " must end after it starts: [" + start + ", " + end + ")");
        }
        if (attributes == null) {
            attributes = SpanAttributes.initial(layer);
        }
        if (attributes.layer() != layer) {
            throw new DomainException("span " + id + " is a " + layer + " but carries " + attributes.layer() + " attributes");
        }
        note = Actor.blankToNull(note);
        if (note != null && note.length() > MAX_NOTE) {
            throw new DomainException("note of span " + id + " is longer than " + MAX_NOTE + " characters");
        }
    }

    public static Span mark(Layer layer, int start, int end) {
        return new Span(Ids.newId(), layer, start, end, null, SpanAttributes.initial(layer));
    }

    public Span withBounds(int newStart, int newEnd) {
        return new Span(id, layer, newStart, newEnd, note, attributes);
    }

    public Span withAttributes(SpanAttributes newAttributes) {
        return new Span(id, layer, start, end, note, newAttributes);
    }

    public Span withNote(String newNote) {
        return new Span(id, layer, start, end, newNote, attributes);
    }

    public int length() {
        return end - start;
    }

    /** The span's text in the document. */
    public String textIn(String documentText) {
        return documentText.substring(start, end);
    }
}
