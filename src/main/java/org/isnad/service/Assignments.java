package org.isnad.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.domain.Assignment;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.DomainException;
import org.isnad.message.Message;

/** Assigning documents to analysts and a curator, each assignment written to the document's audit trail. */
public final class Assignments {
    private final Repositories repositories;
    private final Clock clock;

    public Assignments(Repositories repositories, Clock clock) {
        this.repositories = repositories;
        this.clock = clock;
    }

    /** Assigns every document given, all or none: an unknown id refuses the lot before anything is written. */
    public List<Assignment> assign(List<String> documentIds, List<String> analysts, String curator, String user) {
        if (documentIds.isEmpty()) {
            throw new DomainException(Message.of("assignment.no.documents"));
        }
        for (String id : documentIds) {
            repositories.documents().find(id)
                    .orElseThrow(() -> new DomainException(Message.of("service.document.missing", id)));
        }
        List<Assignment> made = new ArrayList<>();
        for (String id : documentIds.stream().distinct().toList()) {
            made.add(new Assignment(id, analysts, curator, user, clock.instant()));
        }
        repositories.transactions().run(() -> {
            for (Assignment a : made) {
                Optional<Assignment> before = repositories.assignments().find(a.documentId());
                repositories.assignments().save(a);
                repositories.audit().append(new AuditEvent(0, a.documentId(), null, user, a.assignedAt(), "assign",
                        "assigned to " + describe(a), before.map(Assignments::describe).orElse(null), describe(a)));
            }
        });
        return made;
    }

    public Optional<Assignment> of(String documentId) {
        return repositories.assignments().find(documentId);
    }

    public List<Assignment> all() {
        return repositories.assignments().all();
    }

    /** The documents a person works on, as analyst or curator: the library's "my work". */
    public List<String> documentsOf(String user) {
        return all().stream().filter(a -> a.involves(user)).map(Assignment::documentId).toList();
    }

    private static String describe(Assignment a) {
        return "analysts " + String.join(", ", a.analysts()) + (a.curator() == null ? "" : "; curator " + a.curator());
    }
}
