package org.isnad.service;

import java.nio.file.Path;
import java.util.List;

/** What a ClaimReview export wrote: the file, how many reviews, and which records it left out and why. */
public record ClaimReviewReport(Path file, int reviews, List<ClaimReviewBatch.LeftOut> leftOut) {
    public ClaimReviewReport {
        leftOut = List.copyOf(leftOut);
    }
}
