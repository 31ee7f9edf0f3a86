package org.isnad.service;

import org.isnad.domain.Actor;

/** An actor in the speaker directory with how often it speaks across the corpus. */
public record ActorEntry(Actor actor, int quotes, int claims, int documents) {
}
