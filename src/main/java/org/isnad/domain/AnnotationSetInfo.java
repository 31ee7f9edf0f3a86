package org.isnad.domain;

import java.time.Instant;
import org.isnad.message.Message;

/** Who an annotation set belongs to and where it stands in review. */
public record AnnotationSetInfo(String id, String documentId, String annotator, SetKind kind, SetState state, Instant createdAt) {
    public AnnotationSetInfo {
        Ids.require(id, Message.of("domain.what.set"));
        Ids.require(documentId, Message.of("domain.what.set.document", id));
        if (annotator == null || annotator.isBlank()) {
            throw new DomainException(Message.of("domain.set.no.annotator", id));
        }
        if (kind == null) {
            kind = SetKind.ANALYST;
        }
        if (state == null) {
            state = SetState.IN_PROGRESS;
        }
        if (createdAt == null) {
            throw new DomainException(Message.of("domain.set.no.time", id));
        }
    }

    public static AnnotationSetInfo start(String documentId, String annotator, Instant now) {
        return new AnnotationSetInfo(Ids.newId(), documentId, annotator, SetKind.ANALYST, SetState.IN_PROGRESS, now);
    }

    public AnnotationSetInfo withState(SetState newState) {
        return new AnnotationSetInfo(id, documentId, annotator, kind, newState, createdAt);
    }
}
