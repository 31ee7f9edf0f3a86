package org.isnad.domain;

/** What a span carries besides its place in the text; each layer has its own kind. */
public sealed interface SpanAttributes
        permits SpeakerMention, CueMark, QuoteDetails, ClaimDetails {

    Layer layer();

    /** The empty attributes a freshly marked span of that layer starts with. */
    static SpanAttributes initial(Layer layer) {
        return switch (layer) {
            case SPEAKER -> new SpeakerMention(null);
            case CUE -> new CueMark();
            case QUOTE -> new QuoteDetails(QuoteType.DIRECT, null);
            case CLAIM -> ClaimDetails.empty();
        };
    }
}
