package org.isnad.bundle;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.Document;
import org.isnad.domain.Ids;
import org.isnad.domain.Link;
import org.isnad.domain.SignOff;
import org.isnad.domain.Span;
import org.isnad.domain.Verdict;
import org.isnad.message.Message;
import org.isnad.service.SetConflictException;
import org.isnad.service.ConflictPolicy;
import org.isnad.service.ImportReport;
import org.isnad.service.ImportReport.DocumentOutcome;
import org.isnad.service.ImportReport.Result;
import org.isnad.service.ImportReport.SetOutcome;
import org.isnad.service.InterchangeFormat;
import org.isnad.service.Progress;
import org.isnad.service.Repositories;

/**
 * Puts checked {@link IncomingWork} into the database, all or nothing. First it decides everything
 * with reads only (which actors to create, which documents exist already by text SHA-256, what each
 * set's conflict comes to); then it writes inside one transaction. Any refusal or cancellation
 * before or during the writes leaves the database exactly as it was.
 */
final class ImportWriter {
    private final Repositories repositories;
    private final Clock clock;

    ImportWriter(Repositories repositories, Clock clock) {
        this.repositories = repositories;
        this.clock = clock;
    }

    private record SetPlan(AnnotationSet set, String importedId, Result result, List<Span> storedSpans, List<Link> storedLinks) {
    }

    private record DocumentPlan(IncomingWork.Incoming incoming, Document target, boolean existing, List<SetPlan> sets,
                                org.isnad.domain.Assignment assignment) {
    }

    ImportReport write(IncomingWork work, InterchangeFormat format, ConflictPolicy policy, String user, String origin,
                       Progress progress) {
        progress.checkCancelled();
        List<Actor> newActors = new ArrayList<>();
        Set<String> knownActors = new HashSet<>();
        for (Actor a : work.actors()) {
            knownActors.add(a.id());
            if (repositories.actors().find(a.id()).isEmpty()) {
                newActors.add(a);
            }
        }
        List<Message> warnings = new ArrayList<>(work.warnings());
        List<DocumentPlan> plans = new ArrayList<>();
        Map<String, String> renamed = new java.util.HashMap<>();
        Set<String> bundleSpans = new HashSet<>();
        for (IncomingWork.Incoming in : work.documents()) {
            progress.checkCancelled();
            plans.add(plan(in, policy, knownActors, renamed, warnings));
            in.sets().forEach(set -> set.spans().forEach(s -> bundleSpans.add(s.id())));
        }
        ClaimImport.Plan claims = ClaimImport.plan(repositories, work.claims(), renamed, bundleSpans, warnings);
        int steps = plans.size() + 1;
        Steps.report(progress, 1, steps + 1, Steps.writing());
        List<DocumentOutcome> outcomes = repositories.transactions().inTransaction(() -> {
            newActors.forEach(repositories.actors()::add);
            List<DocumentOutcome> done = new ArrayList<>();
            int step = 1;
            for (DocumentPlan plan : plans) {
                progress.checkCancelled();
                done.add(store(plan, user, origin, format, warnings));
                Steps.report(progress, ++step, steps + 1, Steps.writing());
            }
            ClaimImport.store(repositories, claims, user, origin, clock.instant());
            progress.checkCancelled();
            return done;
        });
        Steps.report(progress, steps + 1, steps + 1, Steps.done());
        ImportReport.Carried carried = new ImportReport.Carried(claims.records().size(), claims.merged(),
                claims.stances().size(), claims.ratings().size(), (int) plans.stream().filter(p -> p.assignment() != null).count());
        return new ImportReport(format, outcomes, newActors.stream().map(Actor::id).toList(), warnings, carried);
    }

    private DocumentPlan plan(IncomingWork.Incoming in, ConflictPolicy policy, Set<String> bundleActors,
                              Map<String, String> renamed, List<Message> warnings) {
        Document document = in.document();
        Optional<Document> same = repositories.documents().findBySha256(document.sha256());
        Document target;
        if (same.isPresent()) {
            target = same.get();
        } else if (repositories.documents().find(document.id()).isPresent()) {
            // another text already has this id: the incoming document gets a new one
            target = new Document(Ids.newId(), document.title(), document.sourceUrl(), document.outlet(),
                    document.publishedDate(), document.language(), document.text(), document.sha256(), document.importedAt());
        } else {
            target = document;
        }
        List<SetPlan> sets = new ArrayList<>();
        for (AnnotationSet set : in.sets()) {
            for (Span s : set.spans()) {
                for (String actorId : StoredWork.actorsNamedBy(s)) {
                    if (!bundleActors.contains(actorId) && repositories.actors().find(actorId).isEmpty()) {
                        throw new BundleRefusal(in.origin(), Message.of("bundle.import.unknownActor", s.id(), actorId));
                    }
                }
            }
            AnnotationSetInfo info = withDocument(set.info(), target.id());
            Optional<AnnotationSetInfo> stored = repositories.annotations().findSet(info.id());
            if (stored.isEmpty()) {
                sets.add(new SetPlan(SetCopies.copy(set, info, false), set.id(), Result.ADDED, List.of(), List.of()));
                continue;
            }
            List<Span> storedSpans = repositories.annotations().spansOf(info.id());
            List<Link> storedLinks = repositories.annotations().linksOf(info.id());
            AnnotationSet incoming = SetCopies.copy(set, info, false);
            if (SetCopies.sameContent(incoming, stored.get(), storedSpans, storedLinks)) {
                sets.add(new SetPlan(incoming, set.id(), Result.UNCHANGED, storedSpans, storedLinks));
                continue;
            }
            Message what = Message.of("bundle.import.set", set.id(), set.info().annotator(), target.title());
            switch (policy) {
                // SetConflictException takes its message as text for now: the English
                case FAIL -> throw new SetConflictException(Message.of("bundle.import.conflict", in.origin(), what));
                case KEEP_BOTH -> {
                    AnnotationSetInfo fresh = new AnnotationSetInfo(Ids.newId(), target.id(), info.annotator(), info.kind(),
                            info.state(), info.createdAt());
                    sets.add(new SetPlan(SetCopies.copy(set, fresh, true, renamed), set.id(), Result.KEPT_BOTH, List.of(),
                            List.of()));
                }
                case REPLACE -> {
                    if (!stored.get().documentId().equals(target.id())) {
                        throw new BundleRefusal(in.origin(), Message.of("bundle.import.replaceElsewhere", what));
                    }
                    sets.add(new SetPlan(incoming, set.id(), Result.REPLACED, storedSpans, storedLinks));
                }
            }
        }
        return new DocumentPlan(in, target, same.isPresent(), sets,
                AssignmentImport.plan(repositories, in.assignment(), target, same.isPresent(), warnings));
    }

    private DocumentOutcome store(DocumentPlan plan, String user, String origin, InterchangeFormat format,
                                  List<Message> warnings) {
        Document target = plan.target();
        if (!plan.existing()) {
            repositories.documents().add(target);
        }
        List<SetOutcome> outcomes = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SetPlan p : plan.sets()) {
            AnnotationSet set = p.set();
            switch (p.result()) {
                case ADDED, KEPT_BOTH -> {
                    repositories.annotations().addSet(set.info());
                    addContent(set);
                }
                case REPLACED -> {
                    p.storedLinks().forEach(l -> repositories.annotations().removeLink(l.id()));
                    p.storedSpans().forEach(s -> repositories.annotations().removeSpan(s.id()));
                    repositories.annotations().updateSet(set.info());
                    addContent(set);
                }
                case UNCHANGED -> { }
            }
            carryReview(plan.incoming(), p, warnings);
            counts.merge(p.result().key(), 1, Integer::sum);
            outcomes.add(new SetOutcome(set.id(), p.importedId(), set.info().annotator(), p.result(), set.spans().size(),
                    set.links().size()));
        }
        int copied = copyAudit(plan.incoming().audit(), target.id());
        if (plan.assignment() != null) {
            AssignmentImport.store(repositories, plan.assignment(), user, origin, clock.instant());
        }
        if (!plan.existing() || counts.keySet().stream().anyMatch(k -> !k.equals(Result.UNCHANGED.key())) || copied > 0) {
            StringBuilder after = new StringBuilder("sha256=" + target.sha256() + " format=" + format.key());
            counts.forEach((k, v) -> after.append(' ').append(k).append('=').append(v));
            if (copied > 0) {
                after.append(" audit-events=").append(copied);
            }
            repositories.audit().append(new AuditEvent(0, target.id(), null, user, clock.instant(), "import",
                    "Import «" + target.title() + "» from " + origin, "", after.toString()));
        }
        return new DocumentOutcome(target.id(), target.sha256(), target.title(), plan.existing(), outcomes);
    }

    /**
     * Brings over the verdicts and sign-offs the file carries for a set. Under new ids (keep both)
     * they cannot apply, since a sign-off signs the set's own ids; the report says so.
     */
    private void carryReview(IncomingWork.Incoming incoming, SetPlan p, List<Message> warnings) {
        AnnotationSet original = incoming.sets().stream().filter(s -> s.id().equals(p.importedId())).findFirst().orElse(null);
        List<SignOff> signOffs = incoming.signOffsOf(p.importedId());
        if (original == null || (original.verdicts().isEmpty() && signOffs.isEmpty())) {
            return;
        }
        String setId = p.set().id();
        if (p.result() == Result.KEPT_BOTH) {
            warnings.add(Message.of("bundle.import.reviewNotCarried", p.importedId(), setId));
            return;
        }
        java.util.Map<String, Verdict> stored = new java.util.HashMap<>();
        repositories.reviews().verdictsOf(setId).forEach(v -> stored.put(v.spanId(), v));
        for (Verdict v : original.verdicts()) {
            Verdict here = stored.get(v.spanId());
            if (here == null || (!here.equals(v) && v.at().isAfter(here.at()))) {
                repositories.reviews().saveVerdict(setId, v);
            }
        }
        Set<String> known = new HashSet<>();
        repositories.reviews().signOffsOf(setId).forEach(s -> known.add(s.id()));
        List<SignOff> fresh = signOffs.stream().filter(s -> !known.contains(s.id())).toList();
        if (fresh.stream().anyMatch(s -> !s.superseded())) {
            repositories.reviews().supersedeSignOffs(setId);
        }
        for (SignOff s : fresh) {
            repositories.reviews().addSignOff(new SignOff(s.id(), setId, p.set().info().documentId(), s.reviewer(),
                    s.publicKey(), s.signedAt(), s.digest(), s.signature(), s.superseded()));
        }
    }

    private void addContent(AnnotationSet set) {
        repositories.annotations().addSpans(set.id(), set.spans());
        repositories.annotations().addLinks(set.id(), set.links().stream().sorted(Comparator.comparing(Link::id)).toList());
    }

    /** Appends the file's audit events that the document's trail does not have yet; returns how many. */
    private int copyAudit(List<AuditEvent> events, String documentId) {
        if (events.isEmpty()) {
            return 0;
        }
        Set<List<Object>> present = new HashSet<>();
        repositories.audit().eventsOf(documentId).forEach(e -> present.add(key(e)));
        int copied = 0;
        for (AuditEvent e : events) {
            AuditEvent moved = new AuditEvent(0, documentId, e.setId(), e.user(), e.at(), e.action(), e.description(),
                    e.before(), e.after());
            if (present.add(key(moved))) {
                repositories.audit().append(moved);
                copied++;
            }
        }
        return copied;
    }

    private static List<Object> key(AuditEvent e) {
        return java.util.Arrays.asList(e.setId(), e.user(), e.at().truncatedTo(ChronoUnit.MILLIS), e.action(), e.description(),
                blank(e.before()), blank(e.after()));
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    private static AnnotationSetInfo withDocument(AnnotationSetInfo info, String documentId) {
        return new AnnotationSetInfo(info.id(), documentId, info.annotator(), info.kind(), info.state(), info.createdAt());
    }
}
