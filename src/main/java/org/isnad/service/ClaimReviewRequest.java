package org.isnad.service;

import java.nio.file.Path;
import java.util.List;

/** A ClaimReview export: the records (every record when empty) and the JSON-LD file to write. */
public record ClaimReviewRequest(List<String> claimIds, Path out) {
    public ClaimReviewRequest {
        claimIds = List.copyOf(claimIds);
    }
}
