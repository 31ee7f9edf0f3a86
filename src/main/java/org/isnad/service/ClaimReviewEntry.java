package org.isnad.service;

import java.util.List;
import org.isnad.domain.ClaimAppearance;
import org.isnad.domain.ClaimRating;
import org.isnad.domain.ClaimRecord;

/**
 * One rated record ready to publish as a ClaimReview: its rating, its appearances oldest first, and the
 * appearance whose claimant is the claim's author (the first that asserts it, else the first with a
 * claimant; null when none has one).
 */
public record ClaimReviewEntry(ClaimRecord record, ClaimRating rating, List<ClaimAppearance> appearances,
                               ClaimAppearance authorAppearance) {
    public ClaimReviewEntry {
        appearances = List.copyOf(appearances);
    }
}
