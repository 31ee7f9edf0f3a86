package org.isnad.domain;

import java.time.Instant;
import org.isnad.message.Message;

/**
 * A claim as a record of its own, across the corpus: its canonical statement in plain Arabic words
 * (an English gloss is optional). Claim spans in any document link to it with a {@link Stance}.
 */
public record ClaimRecord(String id, String statement, String gloss, Instant createdAt, String createdBy) {
    public static final int MAX_STATEMENT = 2_000;

    public ClaimRecord {
        Ids.require(id, Message.of("domain.what.claim.record"));
        statement = statement == null ? null : statement.strip();
        if (statement == null || statement.isEmpty()) {
            throw new DomainException(Message.of("domain.claim.record.no.statement", id));
        }
        if (statement.length() > MAX_STATEMENT) {
            throw new DomainException(Message.of("domain.claim.record.too.long", MAX_STATEMENT));
        }
        gloss = Actor.blankToNull(gloss == null ? null : gloss.strip());
        if (gloss != null && gloss.length() > MAX_STATEMENT) {
            throw new DomainException(Message.of("domain.claim.record.too.long", MAX_STATEMENT));
        }
        if (createdAt == null) {
            throw new DomainException(Message.of("domain.claim.record.no.time", id));
        }
        if (createdBy == null || createdBy.isBlank()) {
            throw new DomainException(Message.of("domain.audit.no.user"));
        }
    }

    public static ClaimRecord create(String statement, String gloss, Instant at, String user) {
        return new ClaimRecord(Ids.newId(), statement, gloss, at, user);
    }

    public ClaimRecord withText(String newStatement, String newGloss) {
        return new ClaimRecord(id, newStatement, newGloss, createdAt, createdBy);
    }
}
