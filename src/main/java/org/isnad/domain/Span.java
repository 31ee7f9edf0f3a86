package org.isnad.domain;

import org.isnad.message.Message;

/**
 * A marked stretch of the document text in one layer: {@code [start, end)} in UTF-16 code units of
 * the stored text, logical order.
 */
public record Span(String id, Layer layer, int start, int end, String note, SpanAttributes attributes) {

    public static final int MAX_NOTE = 10_000;

    public Span {
        Ids.require(id, Message.of("domain.what.span"));
        if (layer == null) {
            throw new DomainException(Message.of("domain.span.no.layer", id));
        }
        if (start < 0) {
            throw new DomainException(Message.of("domain.span.negative.start", id, start));
        }
        if (start >= end) {
            throw new DomainException(Message.of("domain.span.empty", id, start, end));
        }
        if (attributes == null) {
            attributes = SpanAttributes.initial(layer);
        }
        if (attributes.layer() != layer) {
            throw new DomainException(Message.of("domain.span.wrong.attributes", id, layer, attributes.layer()));
        }
        note = Actor.blankToNull(note);
        if (note != null && note.length() > MAX_NOTE) {
            throw new DomainException(Message.of("domain.span.note.too.long", id, MAX_NOTE));
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
