package org.isnad.domain;

import org.isnad.message.Message;

/** The attributes of a claim, as a fact-checker needs them. Every field but the polarity may be unset. */
public record ClaimDetails(
        String normalizedText,
        String claimantActorId,
        Polarity polarity,
        Commitment commitment,
        ClaimType claimType,
        Integer checkWorthiness,
        String topic,
        String verdict) implements SpanAttributes {

    public static final int MAX_TEXT = 10_000;

    public ClaimDetails {
        normalizedText = Actor.blankToNull(normalizedText);
        claimantActorId = Actor.blankToNull(claimantActorId);
        topic = Actor.blankToNull(topic);
        verdict = Actor.blankToNull(verdict);
        if (polarity == null) {
            polarity = Polarity.AFFIRMS;
        }
        if (checkWorthiness != null && (checkWorthiness < 1 || checkWorthiness > 5)) {
            throw new DomainException(Message.of("domain.claim.worthiness", checkWorthiness));
        }
        if (normalizedText != null && normalizedText.length() > MAX_TEXT) {
            throw new DomainException(Message.of("domain.claim.text.too.long", MAX_TEXT));
        }
    }

    public static ClaimDetails empty() {
        return new ClaimDetails(null, null, Polarity.AFFIRMS, null, null, null, null, null);
    }

    @Override
    public Layer layer() {
        return Layer.CLAIM;
    }

    public ClaimDetails withClaimant(String actorId) {
        return new ClaimDetails(normalizedText, actorId, polarity, commitment, claimType, checkWorthiness, topic, verdict);
    }
}
