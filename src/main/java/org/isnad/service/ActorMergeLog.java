package org.isnad.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every actor merge, kept so that it can be undone later, by another program too. */
public interface ActorMergeLog {
    void add(StoredMerge merge);

    Optional<StoredMerge> find(String mergeId);

    /** Every merge, newest first. */
    List<StoredMerge> all();

    /** Marks a merge undone; false (nothing changed) when it already was. */
    boolean markUndone(String mergeId, String user, Instant at);
}
