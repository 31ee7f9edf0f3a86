package org.isnad.domain;

import java.time.Instant;
import java.util.List;
import org.isnad.message.Message;

/**
 * A curation under way: the curated set it fills, whose analysts' sets it merges (in the order the curator numbers
 * them) and how many units were merged automatically when it began.
 */
public record CurationRecord(String setId, String documentId, String curator, List<String> analysts, Instant startedAt,
                             int autoMerged) {
    public CurationRecord {
        Ids.require(setId, Message.of("domain.what.set"));
        Ids.require(documentId, Message.of("domain.what.document"));
        analysts = List.copyOf(analysts);
        if (autoMerged < 0) {
            throw new IllegalArgumentException("auto-merged count below zero: " + autoMerged);
        }
    }
}
