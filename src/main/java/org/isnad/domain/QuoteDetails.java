package org.isnad.domain;

/**
 * The attributes of a quote. {@code implicitSpeakerActorId} names the speaker when no mention of
 * them is in the sentence («وأضاف: …» continues the previous speaker); a linked speaker mention wins over it.
 */
public record QuoteDetails(QuoteType type, String implicitSpeakerActorId) implements SpanAttributes {
    public QuoteDetails {
        if (type == null) {
            throw new DomainException("a quote must be direct, indirect or mixed");
        }
        implicitSpeakerActorId = Actor.blankToNull(implicitSpeakerActorId);
    }

    @Override
    public Layer layer() {
        return Layer.QUOTE;
    }

    public QuoteDetails withType(QuoteType newType) {
        return new QuoteDetails(newType, implicitSpeakerActorId);
    }

    public QuoteDetails withImplicitSpeaker(String actorId) {
        return new QuoteDetails(type, actorId);
    }
}
