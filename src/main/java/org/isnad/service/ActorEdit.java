package org.isnad.service;

import org.isnad.domain.Actor;

/**
 * An edit of an actor's record as done, with what undoing it needs: the actor before and after, and
 * the role recorded from a day on ({@code null} when the role did not change) with the role that day
 * held before ({@code null} when there was none).
 */
public record ActorEdit(Actor before, Actor after, ActorRole role, String replacedRole) {
}
