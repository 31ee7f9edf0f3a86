package org.isnad.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.agreement.AnalystSet;
import org.isnad.agreement.CurationUnit;
import org.isnad.agreement.CurationUnits;
import org.isnad.agreement.UnitState;
import org.isnad.domain.Link;
import org.isnad.domain.Span;

/**
 * The command that merges, when curation begins, every unit all analysts marked alike: a copy of analyst 1's span
 * for each, and analyst 1's links between the copies.
 */
final class AutoMerge {
    private AutoMerge() {
    }

    static Optional<Command> command(List<AnalystSet> analysts, AnnotationSession curated) {
        List<CurationUnit> units = CurationUnits.of(analysts,
                new AnalystSet(curated.user(), curated.set().spans(), List.copyOf(curated.set().links())), List.of());
        Map<String, String> copyOf = new HashMap<>();
        List<Change> changes = new ArrayList<>();
        for (CurationUnit u : units) {
            if (u.state() == UnitState.ALL_AGREE && u.curated().isEmpty()) {
                Span original = u.version(1).orElseThrow().span();
                Span copy = CurationSession.copy(original);
                copyOf.put(original.id(), copy.id());
                changes.add(new SpanAdded(copy));
            }
        }
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        for (Link link : analysts.get(0).links()) {
            String from = copyOf.get(link.fromSpanId());
            String to = copyOf.get(link.toSpanId());
            if (from != null && to != null) {
                changes.add(new LinkAdded(Link.of(link.type(), from, to)));
            }
        }
        return Optional.of(new Command(new Action("action.curate.merge", String.valueOf(copyOf.size())), changes));
    }

    /** How many units a merge command copied. */
    static int unitCount(Command merge) {
        return (int) merge.changes().stream().filter(c -> c instanceof SpanAdded).count();
    }
}
