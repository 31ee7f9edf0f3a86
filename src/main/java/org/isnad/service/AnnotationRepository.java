package org.isnad.service;

import java.util.List;
import java.util.Optional;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Link;
import org.isnad.domain.Span;

/** Annotation sets with their spans and links. */
public interface AnnotationRepository {
    void addSet(AnnotationSetInfo set);

    void updateSet(AnnotationSetInfo set);

    /** Updates the set (its state) only if it is still as {@code seen}; otherwise {@link ConcurrentChangeException}. */
    void updateSet(AnnotationSetInfo seen, AnnotationSetInfo set);

    Optional<AnnotationSetInfo> findSet(String setId);

    /** The sets of a document, oldest first. */
    List<AnnotationSetInfo> setsOf(String documentId);

    List<Span> spansOf(String setId);

    List<Link> linksOf(String setId);

    void addSpan(String setId, Span span);

    /**
     * Adds many spans to a set at once (an import): all or none of them. The default adds them one
     * by one; a store may write them in one batch.
     */
    default void addSpans(String setId, List<Span> spans) {
        spans.forEach(span -> addSpan(setId, span));
    }

    void updateSpan(String setId, Span span);

    void removeSpan(String spanId);

    void addLink(String setId, Link link);

    /** Adds many links to a set at once, all or none; their spans must be stored already. */
    default void addLinks(String setId, List<Link> links) {
        links.forEach(link -> addLink(setId, link));
    }

    void removeLink(String linkId);
}
