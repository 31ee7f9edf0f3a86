package org.isnad.bundle;

import java.util.List;
import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.Document;
import org.isnad.message.Message;

/**
 * What a file to import holds once read and checked, whatever its format: actors, documents with
 * their annotation sets (already checked against their text) and audit trails, and notes on what
 * could not be taken over. Nothing of it is in the database yet.
 */
record IncomingWork(List<Actor> actors, List<Incoming> documents, List<Message> warnings, List<CarriedClaim> claims) {
    IncomingWork {
        actors = List.copyOf(actors);
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
        claims = List.copyOf(claims);
    }

    /** Without claim records (what formats other than the native bundle carry). */
    IncomingWork(List<Actor> actors, List<Incoming> documents, List<Message> warnings) {
        this(actors, documents, warnings, List.of());
    }

    int stanceCount() {
        return claims.stream().mapToInt(c -> c.stances().size()).sum();
    }

    /**
     * One document; {@code origin} names where it came from in the file, for messages;
     * {@code signOffs} holds each set's sign-offs (by the set's id in the file), when the format carries them;
     * {@code assignment} who analyses and curates the document (null when the file carries none).
     */
    record Incoming(Document document, List<AnnotationSet> sets, List<AuditEvent> audit, String origin,
                    java.util.Map<String, List<org.isnad.domain.SignOff>> signOffs, org.isnad.domain.Assignment assignment) {
        Incoming {
            sets = List.copyOf(sets);
            audit = List.copyOf(audit);
            signOffs = java.util.Map.copyOf(signOffs);
        }

        Incoming(Document document, List<AnnotationSet> sets, List<AuditEvent> audit, String origin) {
            this(document, sets, audit, origin, java.util.Map.of(), null);
        }

        List<org.isnad.domain.SignOff> signOffsOf(String setId) {
            return signOffs.getOrDefault(setId, List.of());
        }
    }
}
