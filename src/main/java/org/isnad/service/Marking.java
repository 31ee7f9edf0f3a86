package org.isnad.service;

import java.util.Optional;
import org.isnad.domain.Layer;
import org.isnad.domain.LinkType;
import org.isnad.domain.Span;

/**
 * Marking with S, K, Q and C in one session, with the links an analyst expects to come with it: a
 * quote marked right after a speaker is attributed to that speaker; with a quote selected, a claim
 * is expressed by it (its speaker proposed as claimant), and a new speaker or cue becomes the
 * quote's speaker or cue unless it has one already. Anything else is a plain mark.
 */
public final class Marking {
    private final AnnotationSession session;
    private String speakerJustMarked;

    public Marking(AnnotationSession session) {
        this.session = session;
    }

    /**
     * Marks the selection in a layer; {@code selectedSpanId} is the annotation selected when the key
     * was pressed (null when none). Returns the new annotation; a refused mark changes nothing here.
     */
    public Span mark(Layer layer, int selectionStart, int selectionEnd, String selectedSpanId) {
        Optional<Span> selectedQuote = Optional.ofNullable(selectedSpanId).flatMap(id -> session.set().span(id))
                .filter(sp -> sp.layer() == Layer.QUOTE);
        Span marked = markWithLinks(layer, selectionStart, selectionEnd, selectedQuote);
        speakerJustMarked = layer == Layer.SPEAKER ? marked.id() : null;
        return marked;
    }

    /** Another edit came after the last mark: a quote marked next is no longer "right after" a speaker. */
    public void otherEdit() {
        speakerJustMarked = null;
    }

    private Span markWithLinks(Layer layer, int start, int end, Optional<Span> selectedQuote) {
        if (layer == Layer.QUOTE && speakerJustMarked != null && session.set().span(speakerJustMarked).isPresent()) {
            return session.markQuoteOf(speakerJustMarked, start, end);
        }
        if (layer == Layer.CLAIM && selectedQuote.isPresent()) {
            return session.markClaimOf(selectedQuote.get().id(), start, end);
        }
        if (layer == Layer.SPEAKER && selectedQuote.isPresent() && free(selectedQuote.get(), LinkType.ATTRIBUTED_TO)) {
            return session.markLinked(layer, start, end, LinkType.ATTRIBUTED_TO, selectedQuote.get().id());
        }
        if (layer == Layer.CUE && selectedQuote.isPresent() && free(selectedQuote.get(), LinkType.CUED_BY)) {
            return session.markLinked(layer, start, end, LinkType.CUED_BY, selectedQuote.get().id());
        }
        return session.mark(layer, start, end);
    }

    private boolean free(Span quote, LinkType type) {
        return session.set().linksFrom(quote.id(), type).isEmpty();
    }
}
