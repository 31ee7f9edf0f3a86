package org.isnad.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.ClaimStance;
import org.isnad.service.Repositories;

/**
 * Which claim records an export carries: every record linked to a span of the exported sets, with only
 * the stances of those spans (a stance on a span left out would name a span the receiver may not have),
 * and its rating as stored, signature included. An export of the whole library carries every record,
 * also those no span is linked to yet.
 */
final class CarriedClaims {
    private CarriedClaims() {
    }

    static List<CarriedClaim> load(Repositories repositories, Set<String> exportedSpans, boolean wholeLibrary) {
        Map<String, List<ClaimStance>> stances = new TreeMap<>();
        for (ClaimStance stance : repositories.claims().allStances()) {
            if (exportedSpans.contains(stance.spanId())) {
                stances.computeIfAbsent(stance.claimId(), id -> new ArrayList<>()).add(stance);
            }
        }
        if (wholeLibrary) {
            repositories.claims().summaries().stream().map(s -> s.record().id())
                    .forEach(id -> stances.computeIfAbsent(id, k -> new ArrayList<>()));
        }
        List<CarriedClaim> claims = new ArrayList<>();
        for (Map.Entry<String, List<ClaimStance>> e : stances.entrySet()) {
            ClaimRecord record = repositories.claims().find(e.getKey()).orElse(null);
            if (record != null) {
                claims.add(new CarriedClaim(record, e.getValue(), repositories.claims().rating(record.id()).orElse(null)));
            }
        }
        return claims;
    }
}
