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

    Optional<AnnotationSetInfo> findSet(String setId);

    /** The sets of a document, oldest first. */
    List<AnnotationSetInfo> setsOf(String documentId);

    List<Span> spansOf(String setId);

    List<Link> linksOf(String setId);

    void addSpan(String setId, Span span);

    void updateSpan(String setId, Span span);

    void removeSpan(String spanId);

    void addLink(String setId, Link link);

    void removeLink(String linkId);
}
