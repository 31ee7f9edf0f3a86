package org.isnad.service;

import java.time.Instant;

/**
 * An actor merge as the database keeps it: who merged which actor into which and when, whether it
 * was undone, and the record to undo it with ({@link ActorMergeText}).
 */
public record StoredMerge(String id, String keptId, String otherId, String mergedBy, Instant mergedAt,
                          String undoneBy, Instant undoneAt, String record) {
    public boolean undone() {
        return undoneAt != null;
    }
}
