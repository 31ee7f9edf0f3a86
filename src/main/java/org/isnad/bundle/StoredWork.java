package org.isnad.bundle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.isnad.domain.Actor;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.ClaimStance;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.Assignment;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.Document;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.SignOff;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;
import org.isnad.message.Message;
import org.isnad.service.DocumentSummary;
import org.isnad.service.InterchangeException;
import org.isnad.service.Progress;
import org.isnad.service.Repositories;

/**
 * The documents chosen for an export, read from the database: each with its annotation sets
 * (oldest first) and, when asked, its audit trail; plus every actor they name.
 */
record StoredWork(List<Item> documents, Map<String, Actor> actors, Map<String, ClaimRecord> claimRecords,
                  List<CarriedClaim> claims) {
    /** Without claim records (what a format that does not carry them reads). */
    StoredWork(List<Item> documents, Map<String, Actor> actors) {
        this(documents, actors, Map.of(), List.of());
    }


    /**
     * One document with its sets (with their verdicts), their sign-offs by set id, its audit trail (empty unless
     * asked for) and its assignment (null when it has none).
     */
    record Item(Document document, List<AnnotationSet> sets, List<AuditEvent> audit, Map<String, List<SignOff>> signOffs,
                Assignment assignment) {
        List<SignOff> signOffsOf(String setId) {
            return signOffs.getOrDefault(setId, List.of());
        }
    }

    /** Loads the documents with these ids, in the given order (all documents in import order when empty). */
    static StoredWork load(Repositories repositories, List<String> documentIds, boolean withAudit, Progress progress) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(documentIds));
        if (ids.isEmpty()) {
            repositories.documents().summaries().stream().map(DocumentSummary::id).forEach(ids::add);
        }
        List<Item> items = new ArrayList<>();
        Map<String, Actor> actors = new TreeMap<>();
        int done = 0;
        for (String id : ids) {
            progress.checkCancelled();
            Steps.report(progress, done++, ids.size() + 1L, Steps.reading(id));
            Document document = repositories.documents().find(id)
                    .orElseThrow(() -> new InterchangeException(Message.of("bundle.export.noDocument", id)));
            List<AnnotationSet> sets = new ArrayList<>();
            Map<String, List<SignOff>> signOffs = new TreeMap<>();
            for (AnnotationSetInfo info : repositories.annotations().setsOf(id)) {
                AnnotationSet set = new AnnotationSet(info, document.text());
                repositories.annotations().spansOf(info.id()).forEach(set::addSpan);
                repositories.annotations().linksOf(info.id()).forEach(set::addLink);
                repositories.reviews().verdictsOf(info.id()).forEach(set::putVerdict);
                signOffs.put(info.id(), repositories.reviews().signOffsOf(info.id()));
                sets.add(set);
                for (Span s : set.spans()) {
                    for (String actorId : actorsNamedBy(s)) {
                        actors.computeIfAbsent(actorId, a -> repositories.actors().find(a).orElseThrow(() ->
                                new InterchangeException(Message.of("bundle.export.unknownActor", s.id(), a))));
                    }
                }
            }
            items.add(new Item(document, sets, withAudit ? repositories.audit().eventsOf(id) : List.of(), signOffs,
                    repositories.assignments().find(id).orElse(null)));
        }
        java.util.Set<String> spans = new java.util.HashSet<>();
        items.forEach(i -> i.sets().forEach(set -> set.spans().forEach(s -> spans.add(s.id()))));
        return new StoredWork(items, actors, claimRecordsOf(repositories, items),
                CarriedClaims.load(repositories, spans, documentIds.isEmpty()));
    }

    /** The claim record each exported claim span is linked to, by span id. */
    private static Map<String, ClaimRecord> claimRecordsOf(Repositories repositories, List<Item> items) {
        java.util.Set<String> spans = new java.util.HashSet<>();
        items.forEach(i -> i.sets().forEach(set -> set.spans().forEach(s -> spans.add(s.id()))));
        Map<String, ClaimRecord> records = new java.util.HashMap<>();
        Map<String, ClaimRecord> bySpan = new java.util.HashMap<>();
        for (ClaimStance stance : repositories.claims().allStances()) {
            if (spans.contains(stance.spanId())) {
                ClaimRecord r = records.computeIfAbsent(stance.claimId(), id -> repositories.claims().find(id).orElse(null));
                if (r != null) {
                    bySpan.put(stance.spanId(), r);
                }
            }
        }
        return bySpan;
    }

    /** The actors a span refers to: a speaker's actor, a quote's implicit speaker, a claim's claimant. */
    static List<String> actorsNamedBy(Span s) {
        List<String> ids = new ArrayList<>(1);
        if (s.attributes() instanceof SpeakerMention m && m.actorId() != null) {
            ids.add(m.actorId());
        } else if (s.attributes() instanceof QuoteDetails q && q.implicitSpeakerActorId() != null) {
            ids.add(q.implicitSpeakerActorId());
        } else if (s.attributes() instanceof ClaimDetails c && c.claimantActorId() != null) {
            ids.add(c.claimantActorId());
        }
        return ids;
    }

    Optional<Actor> actor(String id) {
        return Optional.ofNullable(id == null ? null : actors.get(id));
    }

    int setCount() {
        return documents.stream().mapToInt(i -> i.sets().size()).sum();
    }

    int spanCount() {
        return documents.stream().flatMap(i -> i.sets().stream()).mapToInt(s -> s.spans().size()).sum();
    }

    int linkCount() {
        return documents.stream().flatMap(i -> i.sets().stream()).mapToInt(s -> s.links().size()).sum();
    }
}
