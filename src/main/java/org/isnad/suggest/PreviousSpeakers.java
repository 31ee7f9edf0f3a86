package org.isnad.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * Who has spoken so far, so that «وأضاف» or «وتابعت» with no name goes to the last speaker whose
 * gender and number fit the cue's inflection.
 */
final class PreviousSpeakers {

    private record Spoken(String actorName, Gender gender) {
    }

    private final List<Spoken> spoken = new ArrayList<>();

    void add(String actorName, Gender gender) {
        if (actorName != null) {
            spoken.add(new Spoken(actorName, gender));
        }
    }

    /** The last speaker that agrees with a cue of {@code gender}; the last one at all if none does. */
    Spoken last(Gender gender) {
        for (int k = spoken.size() - 1; k >= 0; k--) {
            if (gender.agreesWith(spoken.get(k).gender())) {
                return spoken.get(k);
            }
        }
        return spoken.isEmpty() ? null : spoken.get(spoken.size() - 1);
    }

    String lastName(Gender gender) {
        Spoken s = last(gender);
        return s == null ? null : s.actorName();
    }

    Gender lastGender(Gender gender) {
        Spoken s = last(gender);
        return s == null ? gender : s.gender();
    }
}
