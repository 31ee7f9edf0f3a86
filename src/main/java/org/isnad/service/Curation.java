package org.isnad.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.agreement.AnalystSet;
import org.isnad.agreement.CurationUnits;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Assignment;
import org.isnad.domain.CurationRecord;
import org.isnad.domain.Document;
import org.isnad.domain.DomainException;
import org.isnad.domain.Ids;
import org.isnad.domain.SetKind;
import org.isnad.domain.SetState;
import org.isnad.message.Message;

/**
 * Starting or resuming the curation of a document: the analysts' sets merged into one set of kind
 * {@link SetKind#CURATED}. On starting, the units every analyst marked alike are merged at once (one undoable
 * command in the audit trail) and what each analyst's set held is recorded, so that later changes show.
 */
public final class Curation {
    private final Repositories repositories;
    private final Clock clock;

    public Curation(Repositories repositories, Clock clock) {
        this.repositories = repositories;
        this.clock = clock;
    }

    /** The curated set of a document, if its curation has begun. */
    public Optional<AnnotationSetInfo> curatedSet(String documentId) {
        return repositories.annotations().setsOf(documentId).stream().filter(s -> s.kind() == SetKind.CURATED).findFirst();
    }

    /** Opens the document's curation for the curator, starting it (and the auto-merge) if it has not begun. */
    public CurationSession open(String documentId, String curator) {
        Document document = repositories.documents().find(documentId)
                .orElseThrow(() -> new DomainException(Message.of("service.document.missing", documentId)));
        Optional<Assignment> assignment = repositories.assignments().find(documentId);
        if (assignment.isPresent() && assignment.get().curator() != null && !assignment.get().curator().equals(curator)) {
            throw new DomainException(Message.of("curation.not.curator", curator, document.title(), assignment.get().curator()));
        }
        Optional<AnnotationSetInfo> existing = curatedSet(documentId);
        if (existing.isPresent()) {
            AnnotationSetInfo info = existing.get();
            if (!info.annotator().equals(curator)) {
                throw new DomainException(Message.of("curation.other.curator", curator, document.title(), info.annotator()));
            }
            CurationRecord record = repositories.curations().find(info.id())
                    .orElseThrow(() -> new DomainException(Message.of("curation.record.missing", info.id())));
            AnnotationSession session = AnnotationSession.openSet(repositories, document, info, false, curator, clock);
            return new CurationSession(repositories, session, record, analystSets(documentId, record.analysts()));
        }
        return start(document, curator, analystsOf(documentId, assignment, curator));
    }

    private CurationSession start(Document document, String curator, List<String> analysts) {
        List<AnalystSet> sets = analystSets(document.id(), analysts);
        AnnotationSetInfo info = new AnnotationSetInfo(Ids.newId(), document.id(), curator, SetKind.CURATED,
                SetState.IN_PROGRESS, clock.instant());
        AnnotationSession session = AnnotationSession.openSet(repositories, document, info, false, curator, clock);
        Optional<Command> merge = AutoMerge.command(sets, session);
        int merged = merge.map(AutoMerge::unitCount).orElse(0);
        CurationRecord record = new CurationRecord(info.id(), document.id(), curator, analysts, clock.instant(), merged);
        repositories.transactions().run(() -> {
            repositories.annotations().addSet(info);
            repositories.curations().start(record, CurationUnits.fingerprints(sets));
            merge.ifPresent(session::run);
        });
        return new CurationSession(repositories, session, record, sets);
    }

    /** The assignment's analysts in its order, else everyone with an analyst's set on the document, oldest first. */
    private List<String> analystsOf(String documentId, Optional<Assignment> assignment, String curator) {
        List<String> withSets = new ArrayList<>();
        for (AnnotationSetInfo s : repositories.annotations().setsOf(documentId)) {
            if (s.kind() == SetKind.ANALYST && !withSets.contains(s.annotator())) {
                withSets.add(s.annotator());
            }
        }
        List<String> analysts = assignment.map(Assignment::analysts)
                .orElseGet(() -> withSets.stream().filter(a -> !a.equals(curator)).toList());
        long marked = analysts.stream().filter(withSets::contains).count();
        if (marked < 2) {
            throw new DomainException(Message.of("curation.needs.two", documentId,
                    withSets.isEmpty() ? "-" : String.join(", ", withSets)));
        }
        return analysts;
    }

    /** Each analyst's set as stored now (empty for an analyst who has none), in the given order. */
    List<AnalystSet> analystSets(String documentId, List<String> analysts) {
        List<AnnotationSetInfo> infos = repositories.annotations().setsOf(documentId);
        List<AnalystSet> sets = new ArrayList<>();
        for (String analyst : analysts) {
            Optional<AnnotationSetInfo> info = infos.stream()
                    .filter(s -> s.kind() == SetKind.ANALYST && s.annotator().equals(analyst)).findFirst();
            sets.add(info.map(s -> new AnalystSet(analyst, repositories.annotations().spansOf(s.id()),
                    repositories.annotations().linksOf(s.id()))).orElseGet(() -> new AnalystSet(analyst, List.of(), List.of())));
        }
        return sets;
    }
}
