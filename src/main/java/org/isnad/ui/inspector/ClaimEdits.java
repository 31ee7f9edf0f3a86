package org.isnad.ui.inspector;

import java.util.function.UnaryOperator;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.ClaimType;
import org.isnad.domain.Commitment;
import org.isnad.domain.Polarity;

/** One field of a claim changed, the others kept: each inspector control edits through one of these. */
final class ClaimEdits {
    private ClaimEdits() {
    }

    static UnaryOperator<ClaimDetails> normalizedText(String value) {
        return c -> new ClaimDetails(value, c.claimantActorId(), c.polarity(), c.commitment(), c.claimType(),
                c.checkWorthiness(), c.topic(), c.verdict());
    }

    static UnaryOperator<ClaimDetails> polarity(Polarity value) {
        return c -> new ClaimDetails(c.normalizedText(), c.claimantActorId(), value, c.commitment(), c.claimType(),
                c.checkWorthiness(), c.topic(), c.verdict());
    }

    static UnaryOperator<ClaimDetails> commitment(Commitment value) {
        return c -> new ClaimDetails(c.normalizedText(), c.claimantActorId(), c.polarity(), value, c.claimType(),
                c.checkWorthiness(), c.topic(), c.verdict());
    }

    static UnaryOperator<ClaimDetails> claimType(ClaimType value) {
        return c -> new ClaimDetails(c.normalizedText(), c.claimantActorId(), c.polarity(), c.commitment(), value,
                c.checkWorthiness(), c.topic(), c.verdict());
    }

    static UnaryOperator<ClaimDetails> checkWorthiness(Integer value) {
        return c -> new ClaimDetails(c.normalizedText(), c.claimantActorId(), c.polarity(), c.commitment(), c.claimType(),
                value, c.topic(), c.verdict());
    }

    static UnaryOperator<ClaimDetails> topic(String value) {
        return c -> new ClaimDetails(c.normalizedText(), c.claimantActorId(), c.polarity(), c.commitment(), c.claimType(),
                c.checkWorthiness(), value, c.verdict());
    }

    static UnaryOperator<ClaimDetails> verdict(String value) {
        return c -> new ClaimDetails(c.normalizedText(), c.claimantActorId(), c.polarity(), c.commitment(), c.claimType(),
                c.checkWorthiness(), c.topic(), value);
    }
}
