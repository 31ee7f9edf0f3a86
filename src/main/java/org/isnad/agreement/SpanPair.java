package org.isnad.agreement;

import org.isnad.domain.Span;

/** A span of analyst A matched to a span of analyst B. */
public record SpanPair(Span a, Span b) {
    /** Characters the two spans share. */
    public int overlap() {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }
}
