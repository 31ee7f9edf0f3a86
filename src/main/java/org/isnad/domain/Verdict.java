package org.isnad.domain;

import java.time.Instant;

/** A reviewer's verdict on one annotation (span) of a set: who, when, what, and why. */
public record Verdict(String spanId, VerdictKind kind, String comment, String reviewer, Instant at) {
    public static final int MAX_COMMENT = 10_000;

    public Verdict {
        Ids.require(spanId, "the annotation of a verdict");
        if (kind == null) {
            throw new DomainException("a verdict on " + spanId + " must accept, reject or fix");
        }
        if (reviewer == null || reviewer.isBlank()) {
            throw new DomainException("a verdict on " + spanId + " must say who gave it");
        }
        if (at == null) {
            throw new DomainException("a verdict on " + spanId + " must say when it was given");
        }
        comment = Actor.blankToNull(comment);
        if (kind == VerdictKind.REJECTED && comment == null) {
            throw new DomainException("rejecting an annotation needs a comment saying what is wrong");
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new DomainException("a verdict comment is longer than " + MAX_COMMENT + " characters");
        }
    }
}
