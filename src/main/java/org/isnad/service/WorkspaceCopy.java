package org.isnad.service;

import java.time.Clock;
import java.util.List;
import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Assignment;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.Document;
import org.isnad.domain.SignOff;
import org.isnad.domain.StateChange;
import org.isnad.domain.Verdict;
import org.isnad.message.Message;

/**
 * {@code isnad copy}: moves a workspace whole from one store to another (an H2 file to a team server, or back).
 * The target must be empty; everything is written in one transaction of the target, so a copy that fails
 * leaves the target as it was. Audit events, review steps and sign-offs keep their order (the target numbers
 * them anew). A rejected suggestion keeps its key; who rejected it and when are not read back by the store,
 * so the copy records the acting user and the time of the copy.
 */
public final class WorkspaceCopy {
    private final Clock clock;

    public WorkspaceCopy(Clock clock) {
        this.clock = clock;
    }

    /** What was copied. */
    public record Report(int documents, int actors, int annotationSets, int annotations, int auditEvents) {
    }

    public Report copy(Repositories from, Repositories to, String user) {
        if (to.documents().count() > 0 || !to.actors().all().isEmpty()) {
            throw new StorageException(Message.of("service.copy.target.not.empty", to.location()));
        }
        return to.transactions().inTransaction(() -> {
            List<Actor> actors = from.actors().all();
            for (Actor actor : actors) {
                to.actors().add(actor);
                from.directory().roles(actor.id()).forEach(r -> to.directory().putRole(actor.id(), r.since(), r.role()));
            }
            int sets = 0;
            int annotations = 0;
            List<DocumentSummary> documents = from.documents().summaries();
            for (DocumentSummary summary : documents) {
                Document document = from.documents().find(summary.id()).orElseThrow();
                to.documents().add(document);
                List<String> tags = from.catalog().tags(document.id());
                if (!tags.isEmpty()) {
                    to.catalog().updateMetadata(document.id(), DocumentMetadata.of(document, tags));
                }
                for (AnnotationSetInfo set : from.annotations().setsOf(document.id())) {
                    to.annotations().addSet(set);
                    sets++;
                    var spans = from.annotations().spansOf(set.id());
                    to.annotations().addSpans(set.id(), spans);
                    annotations += spans.size();
                    to.annotations().addLinks(set.id(), from.annotations().linksOf(set.id()));
                    for (Verdict v : from.reviews().verdictsOf(set.id())) {
                        to.reviews().saveVerdict(set.id(), v);
                    }
                    for (SignOff s : from.reviews().signOffsOf(set.id())) {
                        to.reviews().addSignOff(s);
                    }
                    for (StateChange step : from.reviews().stateChangesOf(set.id())) {
                        to.reviews().addStateChange(step);
                    }
                }
                for (String key : from.suggestionRejections().rejectedKeys(document.id())) {
                    to.suggestionRejections().reject(document.id(), key, user, clock.instant());
                }
                to.changes().documentChanged(document.id());
            }
            for (Assignment assignment : from.assignments().all()) {
                to.assignments().save(assignment);
            }
            List<AuditEvent> events = from.audit().all();
            events.forEach(to.audit()::append);
            return new Report(documents.size(), actors.size(), sets, annotations, events.size());
        });
    }
}
