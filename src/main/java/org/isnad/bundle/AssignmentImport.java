package org.isnad.bundle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.isnad.domain.Assignment;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.Document;
import org.isnad.message.Message;
import org.isnad.service.Repositories;

/**
 * Merges a bundle's assignment of a document (one per document, as here): taken when the document has
 * none here or the bundle's was made later; an older, different one is reported and the one here stays.
 */
final class AssignmentImport {
    private AssignmentImport() {
    }

    /** The assignment to store for the document (under its id here), or null when there is nothing to store. */
    static Assignment plan(Repositories repositories, Assignment incoming, Document target, boolean existing,
                           List<Message> warnings) {
        if (incoming == null) {
            return null;
        }
        Assignment moved = new Assignment(target.id(), incoming.analysts(), incoming.curator(), incoming.assignedBy(),
                incoming.assignedAt());
        Optional<Assignment> here = existing ? repositories.assignments().find(target.id()) : Optional.empty();
        if (here.isEmpty() || moved.assignedAt().isAfter(here.get().assignedAt())) {
            return moved;
        }
        if (!sameWork(here.get(), moved)) {
            warnings.add(Message.of("bundle.assignment.kept", target.title(), describe(here.get()), describe(moved)));
        }
        return null;
    }

    static void store(Repositories repositories, Assignment assignment, String user, String origin, Instant at) {
        Optional<Assignment> before = repositories.assignments().find(assignment.documentId());
        repositories.assignments().save(assignment);
        repositories.audit().append(new AuditEvent(0, assignment.documentId(), null, user, at, "assign",
                "assigned to " + describe(assignment) + " (from " + origin + ")",
                before.map(AssignmentImport::describe).orElse(null), describe(assignment)));
    }

    private static boolean sameWork(Assignment a, Assignment b) {
        return a.analysts().equals(b.analysts()) && java.util.Objects.equals(a.curator(), b.curator());
    }

    private static String describe(Assignment a) {
        return "analysts " + String.join(", ", a.analysts()) + (a.curator() == null ? "" : "; curator " + a.curator());
    }
}
