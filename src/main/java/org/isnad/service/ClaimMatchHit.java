package org.isnad.service;

/** A record the index found like a query, with its score (higher is more alike; comparable within one query). */
public record ClaimMatchHit(String claimId, double score) {
}
