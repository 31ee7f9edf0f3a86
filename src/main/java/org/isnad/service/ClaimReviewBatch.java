package org.isnad.service;

import java.util.List;

/** What a ClaimReview export publishes, and the records it leaves out with the reason for each. */
public record ClaimReviewBatch(ClaimReviewSettings settings, List<ClaimReviewEntry> entries, List<LeftOut> leftOut) {
    public ClaimReviewBatch {
        entries = List.copyOf(entries);
        leftOut = List.copyOf(leftOut);
    }

    /** A record not exported: {@code reason} is {@code not-rated} or {@code signature-invalid}. */
    public record LeftOut(String claimId, String statement, String reason) {
    }
}
