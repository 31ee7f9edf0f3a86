package org.isnad.ui.inspector;

import org.isnad.domain.Actor;
import org.isnad.domain.ClaimDetails;

/** What the inspector shows of a claim: its fields and its claimant, when there is one. */
public record ClaimState(ClaimDetails details, Actor claimant) {
}
