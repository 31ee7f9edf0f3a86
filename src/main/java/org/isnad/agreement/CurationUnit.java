package org.isnad.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.isnad.domain.Layer;

/**
 * One place the curator decides on: a span (with its links and attributes) as each analyst marked it, or did not,
 * and what the curated set holds there. Versions are by analyst position (0 for analyst 1); a missing version is
 * an analyst who did not mark it.
 *
 * @param start   the first character any version covers
 * @param end     one past the last
 * @param changed an analyst's version here differs from what it was when curation began
 */
public record CurationUnit(int number, Layer layer, int start, int end, List<Optional<UnitVersion>> versions,
                           Optional<UnitVersion> curated, UnitState state, boolean changed) {
    public CurationUnit {
        versions = Collections.unmodifiableList(new ArrayList<>(versions));
    }

    public Optional<UnitVersion> version(int analystNumber) {
        return analystNumber < 1 || analystNumber > versions.size() ? Optional.empty() : versions.get(analystNumber - 1);
    }

    /** The analysts (1, 2, 3) whose version the curated set holds exactly. */
    public List<Integer> curatedMatches() {
        List<Integer> matches = new ArrayList<>();
        if (curated.isPresent()) {
            for (int i = 0; i < versions.size(); i++) {
                if (versions.get(i).map(v -> v.sameAs(curated.get())).orElse(false)) {
                    matches.add(i + 1);
                }
            }
        }
        return matches;
    }

    /** The curated set holds a version none of the analysts marked: the curator fixed it by hand. */
    public boolean fixedByHand() {
        return curated.isPresent() && curatedMatches().isEmpty();
    }

    /**
     * The unit's name while it exists: the place of the first analyst's version that marked it (or the curated
     * one). A decision of "none" is kept under it.
     */
    public String key() {
        for (Optional<UnitVersion> v : versions) {
            if (v.isPresent()) {
                return UnitVersion.place(layer, v.get().span().start(), v.get().span().end());
            }
        }
        return curated.map(v -> UnitVersion.place(layer, v.span().start(), v.span().end())).orElse(layer + ":" + start + ":" + end);
    }
}
