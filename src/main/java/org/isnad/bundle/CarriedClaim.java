package org.isnad.bundle;

import java.util.List;
import org.isnad.domain.ClaimRating;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.ClaimStance;

/**
 * A claim record as a bundle carries it: the record, the stances of the claim spans linked to it (on export,
 * only those of spans the bundle carries), and its rating with the reviewer's signature (null when unrated).
 */
record CarriedClaim(ClaimRecord record, List<ClaimStance> stances, ClaimRating rating) {
    CarriedClaim {
        stances = List.copyOf(stances);
    }

    String id() {
        return record.id();
    }
}
