package org.isnad.service;

import java.util.List;
import java.util.Optional;
import org.isnad.domain.Actor;

/** The corpus-wide registry of actors. */
public interface ActorRepository {
    void add(Actor actor);

    void update(Actor actor);

    /**
     * Updates the actor only if it is still as {@code seen} (its version: every field and alias), checked under
     * the row's lock; otherwise throws {@link ConcurrentChangeException} and changes nothing.
     */
    void update(Actor seen, Actor actor);

    /** Removes an actor; refused (StorageException) while an annotation still names it. */
    void remove(String actorId);

    Optional<Actor> find(String actorId);

    /** All actors ordered by name. */
    List<Actor> all();
}
