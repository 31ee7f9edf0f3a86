package org.isnad.domain;

import org.isnad.message.Message;

/** A claim span linked to a claim record, with the span's stance towards the record's statement. */
public record ClaimStance(String claimId, String spanId, Stance stance) {
    public ClaimStance {
        Ids.require(claimId, Message.of("domain.what.claim.record"));
        Ids.require(spanId, Message.of("domain.what.span"));
        if (stance == null) {
            stance = Stance.ASSERTS;
        }
    }

    public ClaimStance movedTo(String otherClaimId) {
        return new ClaimStance(otherClaimId, spanId, stance);
    }
}
