package org.isnad.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the contradictions among a claim record's appearances. Appearances without a claimant take no
 * part. A speaker who asserts and denies on the same day is not reported as changing their mind (the
 * times are the articles' days); two speakers are reported once per pair, with the earliest of each side.
 */
public final class Contradictions {
    private Contradictions() {
    }

    public static List<Contradiction> find(List<ClaimAppearance> appearances) {
        Map<String, ClaimAppearance> firstAssert = new LinkedHashMap<>();
        Map<String, ClaimAppearance> firstDeny = new LinkedHashMap<>();
        List<ClaimAppearance> sorted = new ArrayList<>(appearances);
        sorted.sort(Comparator.comparing(ClaimAppearance::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ClaimAppearance::spanId));
        for (ClaimAppearance a : sorted) {
            if (a.claimantId() == null) {
                continue;
            }
            if (a.stance() == Stance.ASSERTS) {
                firstAssert.putIfAbsent(a.claimantId(), a);
            } else if (a.stance() == Stance.DENIES) {
                firstDeny.putIfAbsent(a.claimantId(), a);
            }
        }
        List<Contradiction> found = new ArrayList<>();
        for (Map.Entry<String, ClaimAppearance> e : firstAssert.entrySet()) {
            String speaker = e.getKey();
            ClaimAppearance denied = firstDeny.get(speaker);
            if (denied != null) {
                ClaimAppearance otherTime = differentDay(sorted, e.getValue(), denied);
                if (otherTime != null) {
                    found.add(new Contradiction(Contradiction.Kind.SAME_SPEAKER,
                            otherTime.stance() == Stance.ASSERTS ? otherTime : e.getValue(),
                            otherTime.stance() == Stance.DENIES ? otherTime : denied));
                }
            }
        }
        for (ClaimAppearance asserted : firstAssert.values()) {
            for (ClaimAppearance denied : firstDeny.values()) {
                if (!asserted.claimantId().equals(denied.claimantId())) {
                    found.add(new Contradiction(Contradiction.Kind.OPPOSITE_SPEAKERS, asserted, denied));
                }
            }
        }
        return found;
    }

    /**
     * For one speaker: an appearance on the opposite side on another day than {@code asserted}, or
     * than {@code denied}; null when every assert and deny of the speaker fall on one day.
     */
    private static ClaimAppearance differentDay(List<ClaimAppearance> sorted, ClaimAppearance asserted, ClaimAppearance denied) {
        if (!Objects.equals(asserted.date(), denied.date())) {
            return denied;
        }
        for (ClaimAppearance a : sorted) {
            if (Objects.equals(a.claimantId(), asserted.claimantId()) && !Objects.equals(a.date(), asserted.date())
                    && (a.stance() == Stance.ASSERTS || a.stance() == Stance.DENIES)) {
                return a;
            }
        }
        return null;
    }
}
