package org.isnad.domain;

import java.time.Instant;

/** One step of a set's review history: who moved it from which state to which, when, with what comment or reason. */
public record StateChange(long sequence, String setId, ReviewStep step, SetState from, SetState to, String user,
                          Instant at, String comment) {
    public StateChange {
        Ids.require(setId, "the annotation set of a state change");
        if (step == null || from == null || to == null || at == null) {
            throw new DomainException("a state change of set " + setId + " must say which step, from and to which state, and when");
        }
        if (user == null || user.isBlank()) {
            throw new DomainException("a state change of set " + setId + " must say who acted");
        }
        comment = Actor.blankToNull(comment);
    }
}
