package org.isnad.agreement;

import java.util.ArrayList;
import java.util.List;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.QuoteType;
import org.isnad.domain.Span;
import org.isnad.domain.SpanAttributes;
import org.isnad.domain.SpeakerMention;

/** Builds an analyst's set in a line per span for the measures' tests. */
final class Sets {
    private final String analyst;
    private final List<Span> spans = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private int next;

    private Sets(String analyst) {
        this.analyst = analyst;
    }

    static Sets of(String analyst) {
        return new Sets(analyst);
    }

    Sets span(Layer layer, int start, int end) {
        add(layer, start, end, SpanAttributes.initial(layer));
        return this;
    }

    Span add(Layer layer, int start, int end, SpanAttributes attributes) {
        Span s = new Span(analyst + "-" + (next++), layer, start, end, null, attributes);
        spans.add(s);
        return s;
    }

    /** A quote of the given type, with a speaker mention (naming the actor, if any) and a cue at given places. */
    Sets quote(int start, int end, QuoteType type, int[] speakerAt, String actor, int[] cueAt) {
        Span q = add(Layer.QUOTE, start, end, new QuoteDetails(type, null));
        if (speakerAt != null) {
            Span s = add(Layer.SPEAKER, speakerAt[0], speakerAt[1], new SpeakerMention(actor));
            links.add(Link.of(LinkType.ATTRIBUTED_TO, q.id(), s.id()));
        }
        if (cueAt != null) {
            Span c = add(Layer.CUE, cueAt[0], cueAt[1], SpanAttributes.initial(Layer.CUE));
            links.add(Link.of(LinkType.CUED_BY, q.id(), c.id()));
        }
        return this;
    }

    AnalystSet build() {
        return new AnalystSet(analyst, spans, links);
    }

    List<Span> spans(Layer layer) {
        return build().spansIn(layer);
    }
}
