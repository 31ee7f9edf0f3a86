package org.isnad.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.agreement.AnalystSet;
import org.isnad.agreement.CurationUnit;
import org.isnad.agreement.CurationUnits;
import org.isnad.agreement.UnitVersion;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.CurationRecord;
import org.isnad.domain.Document;
import org.isnad.domain.DomainException;
import org.isnad.domain.Ids;
import org.isnad.domain.Link;
import org.isnad.domain.Span;
import org.isnad.message.Message;

/**
 * A curator at work on one document: the analysts' sets (read only), the curated set (edited through
 * {@link #curated()}, by hand or by the choices here) and the units between them. Every choice is one undoable
 * command on the curated set's history, so it is in the audit trail with the curator's name.
 */
public final class CurationSession {
    private final Repositories repositories;
    private final AnnotationSession curated;
    private final CurationRecord record;
    private List<AnalystSet> analysts;
    private List<CurationUnit> units;
    private Set<String> dismissals;

    CurationSession(Repositories repositories, AnnotationSession curated, CurationRecord record, List<AnalystSet> analysts) {
        this.repositories = repositories;
        this.curated = curated;
        this.record = record;
        this.analysts = List.copyOf(analysts);
        curated.history().addListener(() -> units = null);
    }

    /** The curated set's editing session: fixing by hand, undo and redo go through it. */
    public AnnotationSession curated() {
        return curated;
    }

    public Document document() {
        return curated.document();
    }

    public CurationRecord record() {
        return record;
    }

    /** How many units were merged automatically when curation began. */
    public int autoMerged() {
        return record.autoMerged();
    }

    /** The analysts in the curator's numbering (analyst 1 first). */
    public List<String> analysts() {
        return record.analysts();
    }

    public List<AnalystSet> analystSets() {
        return analysts;
    }

    /** Reads the analysts' sets again; units they changed since curation began show as changed. */
    public void reload() {
        analysts = new Curation(repositories, java.time.Clock.systemUTC()).analystSets(document().id(), record.analysts());
        units = null;
    }

    /** The units in reading order, as they stand now. */
    public List<CurationUnit> units() {
        if (units == null) {
            AnnotationSet set = curated.set();
            units = CurationUnits.of(analysts, new AnalystSet(curated.user(), set.spans(), List.copyOf(set.links())),
                    repositories.curations().basis(record.setId()));
            dismissals = repositories.curations().dismissals(record.setId());
        }
        return units;
    }

    public UnitDecision decision(CurationUnit unit) {
        units();
        if (unit.curated().isPresent()) {
            return unit.fixedByHand() ? UnitDecision.FIXED : UnitDecision.TAKEN;
        }
        return dismissals.contains(unit.key()) ? UnitDecision.NONE : UnitDecision.OPEN;
    }

    /** Puts analyst {@code number}'s version of the unit (with its links to what the curated set holds) in the curated set. */
    public void take(CurationUnit unit, int number) {
        UnitVersion version = unit.version(number).orElseThrow(() -> new DomainException(Message.of("curation.no.version",
                number, analystName(number), unit.number())));
        if (unit.curated().map(c -> c.sameAs(version)).orElse(false)) {
            return;
        }
        AnnotationSet set = curated.set();
        List<Change> changes = new ArrayList<>();
        Set<String> removedLinks = new HashSet<>();
        String replaced = unit.curated().map(c -> c.span().id()).orElse(null);
        if (replaced != null) {
            removeWithLinks(set, replaced, changes, removedLinks);
        }
        undismiss(unit, changes);
        Span copy = copy(version.span());
        changes.add(new SpanAdded(copy));
        Map<String, String> curatedAt = new HashMap<>();
        for (Span s : set.spans()) {
            if (!s.id().equals(replaced)) {
                curatedAt.putIfAbsent(place(s), s.id());
            }
        }
        AnalystSet source = analysts.get(number - 1);
        Map<String, Span> byId = new HashMap<>();
        source.spans().forEach(s -> byId.put(s.id(), s));
        for (Link link : source.links()) {
            if (link.fromSpanId().equals(version.span().id())) {
                Span to = byId.get(link.toSpanId());
                String target = to == null ? null : curatedAt.get(place(to));
                if (target != null) {
                    changes.add(new LinkAdded(Link.of(link.type(), copy.id(), target)));
                }
            } else if (link.toSpanId().equals(version.span().id())) {
                Span from = byId.get(link.fromSpanId());
                String origin = from == null ? null : curatedAt.get(place(from));
                if (origin != null && (!link.type().single() || set.linksFrom(origin, link.type()).stream()
                        .allMatch(l -> removedLinks.contains(l.id())))) {
                    changes.add(new LinkAdded(Link.of(link.type(), origin, copy.id())));
                }
            }
        }
        curated.run(new Command(new Action("action.curate.take", number + ": " + excerpt(copy)), changes));
    }

    /** Leaves the unit out of the curated set: what the curated set held there goes, and the unit shows as decided. */
    public void none(CurationUnit unit) {
        List<Change> changes = new ArrayList<>();
        unit.curated().ifPresent(c -> removeWithLinks(curated.set(), c.span().id(), changes, new HashSet<>()));
        units();
        if (!dismissals.contains(unit.key())) {
            changes.add(new UnitDismissed(unit.key(), true));
        }
        if (!changes.isEmpty()) {
            curated.run(new Command(new Action("action.curate.none", excerpt(unit)), changes));
        }
    }

    /** How the units stand: counts by agreement and by decision. */
    public CurationTally tally() {
        return CurationTally.of(this);
    }

    private void undismiss(CurationUnit unit, List<Change> changes) {
        units();
        if (dismissals.contains(unit.key())) {
            changes.add(new UnitDismissed(unit.key(), false));
        }
    }

    private static void removeWithLinks(AnnotationSet set, String spanId, List<Change> changes, Set<String> removedLinks) {
        for (Link l : set.linksOf(spanId)) {
            changes.add(new LinkRemoved(l));
            removedLinks.add(l.id());
        }
        changes.add(new SpanRemoved(set.requireSpan(spanId)));
    }

    private String analystName(int number) {
        return number >= 1 && number <= record.analysts().size() ? record.analysts().get(number - 1) : "-";
    }

    private String excerpt(Span span) {
        return ChangeText.excerpt(span.textIn(document().text()));
    }

    private String excerpt(CurationUnit unit) {
        return ChangeText.excerpt(document().text().substring(unit.start(), unit.end()));
    }

    private static String place(Span s) {
        return UnitVersion.place(s.layer(), s.start(), s.end());
    }

    /** A copy of an analyst's span for the curated set: same layer, bounds, attributes and note, its own id. */
    static Span copy(Span original) {
        return new Span(Ids.newId(), original.layer(), original.start(), original.end(), original.note(), original.attributes());
    }
}
