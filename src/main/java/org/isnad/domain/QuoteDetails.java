package org.isnad.domain;

import org.isnad.message.Message;

/**
 * The attributes of a quote. {@code implicitSpeakerActorId} names the speaker when no mention of
 * them is in the sentence («وأضاف: …» continues the previous speaker); a linked speaker mention wins over it.
 */
public record QuoteDetails(QuoteType type, String implicitSpeakerActorId) implements SpanAttributes {
    public QuoteDetails {
        if (type == null) {
            throw new DomainException(Message.of("domain.quote.no.type"));
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
