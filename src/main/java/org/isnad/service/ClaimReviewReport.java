package org.isnad.service;

import java.nio.file.Path;
import java.util.List;

/**
 * What a ClaimReview export wrote: the file, how many reviews, which records it left out and why, and the
 * appearances it published without a URL (their article has none: fact-check readers then cannot link to it;
 * set it with the article's details).
 */
public record ClaimReviewReport(Path file, int reviews, List<ClaimReviewBatch.LeftOut> leftOut, List<WithoutUrl> withoutUrl) {
    public ClaimReviewReport {
        leftOut = List.copyOf(leftOut);
        withoutUrl = List.copyOf(withoutUrl);
    }

    /** An appearance of a published record whose article has no URL. */
    public record WithoutUrl(String claimId, String documentId, String title) {
    }

    /** The appearances of the batch's reviews whose article has no URL, in the order they are written. */
    public static List<WithoutUrl> withoutUrl(ClaimReviewBatch batch) {
        return batch.entries().stream().flatMap(e -> e.appearances().stream())
                .filter(a -> a.url() == null || a.url().isBlank())
                .map(a -> new WithoutUrl(a.claimId(), a.documentId(), a.title())).distinct().toList();
    }
}
