package org.isnad.ui.inspector;

import org.isnad.domain.Actor;
import org.isnad.domain.ClaimDetails;

/**
 * What the inspector shows of a claim: its fields, its claimant actor when there is one, and the speaker
 * mention it is ClaimedBy (null when none).
 */
public record ClaimState(ClaimDetails details, Actor claimant, Choice<String> claimedBy) {
}
