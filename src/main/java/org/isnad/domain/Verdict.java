package org.isnad.domain;

import java.time.Instant;
import java.util.Collection;
import org.isnad.message.Message;

/**
 * A reviewer's verdict on one annotation (span) of a set: who, when, what, and why; and the
 * {@link SpanDigest} of the annotation as the reviewer judged it (null when unknown, as for verdicts
 * from before it was kept or from a bundle), so that a later change to the annotation makes it stale.
 */
public record Verdict(String spanId, VerdictKind kind, String comment, String reviewer, Instant at, String spanDigest) {
    public static final int MAX_COMMENT = 10_000;

    /** A verdict without the digest of what was judged: it never goes stale. */
    public Verdict(String spanId, VerdictKind kind, String comment, String reviewer, Instant at) {
        this(spanId, kind, comment, reviewer, at, null);
    }

    /** A verdict on {@code span} as it is now, with its links ({@code links} may hold others too: only the span's outgoing ones count). */
    public static Verdict on(Span span, Collection<Link> links, VerdictKind kind, String comment, String reviewer, Instant at) {
        return new Verdict(span.id(), kind, comment, reviewer, at, SpanDigest.of(span, links));
    }

    /** True when the verdict was given on another version of {@code span} (its fields or its outgoing links) than this one. */
    public boolean isStaleFor(Span span, Collection<Link> links) {
        return spanDigest != null && !SpanDigest.matches(spanDigest, span, links);
    }

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
