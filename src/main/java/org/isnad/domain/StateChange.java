package org.isnad.domain;

import java.time.Instant;
import org.isnad.message.Message;

/** One step of a set's review history: who moved it from which state to which, when, with what comment or reason. */
public record StateChange(long sequence, String setId, ReviewStep step, SetState from, SetState to, String user,
                          Instant at, String comment) {
    public StateChange {
        Ids.require(setId, Message.of("domain.what.state.change.set"));
        if (step == null || from == null || to == null || at == null) {
            throw new DomainException(Message.of("domain.state.change.incomplete", setId));
        }
        if (user == null || user.isBlank()) {
            throw new DomainException(Message.of("domain.state.change.no.user", setId));
        }
        comment = Actor.blankToNull(comment);
    }
}
