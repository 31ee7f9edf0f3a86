package org.isnad.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.isnad.message.Message;

/**
 * Who works on a document: two or three analysts annotating it on their own, and optionally the curator who
 * merges their sets into one and sends it to review.
 */
public record Assignment(String documentId, List<String> analysts, String curator, String assignedBy, Instant assignedAt) {
    public static final int MIN_ANALYSTS = 2;
    public static final int MAX_ANALYSTS = 3;

    public Assignment {
        Ids.require(documentId, Message.of("domain.what.document"));
        analysts = analysts == null ? List.of() : analysts.stream().map(String::strip).toList();
        if (analysts.size() < MIN_ANALYSTS || analysts.size() > MAX_ANALYSTS) {
            throw new DomainException(Message.of("assignment.analysts.count", MIN_ANALYSTS, MAX_ANALYSTS, analysts.size()));
        }
        if (analysts.stream().anyMatch(a -> a.isEmpty() || a.contains("\n"))) {
            throw new DomainException(Message.of("assignment.analyst.blank"));
        }
        if (new HashSet<>(analysts).size() != analysts.size()) {
            throw new DomainException(Message.of("assignment.analyst.twice", String.join(", ", analysts)));
        }
        curator = Actor.blankToNull(curator);
        if (assignedBy == null || assignedBy.isBlank() || assignedAt == null) {
            throw new DomainException(Message.of("assignment.no.who"));
        }
    }

    /** Whether the person is one of the analysts or the curator. */
    public boolean involves(String user) {
        return analysts.contains(user) || user.equals(curator);
    }

    /** The analyst's number as the curator sees it (1, 2, 3), or 0 when the user is no analyst here. */
    public int analystNumber(String user) {
        return analysts.indexOf(user) + 1;
    }
}
