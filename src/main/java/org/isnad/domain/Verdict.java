package org.isnad.domain;

import java.time.Instant;
import org.isnad.message.Message;

/** A reviewer's verdict on one annotation (span) of a set: who, when, what, and why. */
public record Verdict(String spanId, VerdictKind kind, String comment, String reviewer, Instant at) {
    public static final int MAX_COMMENT = 10_000;

    public Verdict {
        Ids.require(spanId, Message.of("domain.what.verdict.annotation"));
        if (kind == null) {
            throw new DomainException(Message.of("domain.verdict.no.kind", spanId));
        }
        if (reviewer == null || reviewer.isBlank()) {
            throw new DomainException(Message.of("domain.verdict.no.reviewer", spanId));
        }
        if (at == null) {
            throw new DomainException(Message.of("domain.verdict.no.time", spanId));
        }
        comment = Actor.blankToNull(comment);
        if (kind == VerdictKind.REJECTED && comment == null) {
            throw new DomainException(Message.of("domain.verdict.reject.needs.comment"));
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new DomainException(Message.of("domain.verdict.comment.too.long", MAX_COMMENT));
        }
    }
}
