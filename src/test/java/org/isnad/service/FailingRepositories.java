package org.isnad.service;

import java.util.List;
import java.util.Optional;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Link;
import org.isnad.domain.Span;
import org.isnad.message.Message;

/** A real store whose link writes can be made to fail, to check what a failure halfway through a command leaves. */
final class FailingRepositories implements Repositories {
    private final Repositories real;
    volatile boolean failOnAddLink;

    FailingRepositories(Repositories real) {
        this.real = real;
    }

    @Override
    public ChangeFeed changes() {
        return real.changes();
    }

    @Override
    public DocumentRepository documents() {
        return real.documents();
    }

    @Override
    public ActorRepository actors() {
        return real.actors();
    }

    @Override
    public CatalogRepository catalog() {
        return real.catalog();
    }

    @Override
    public DirectoryRepository directory() {
        return real.directory();
    }

    @Override
    public ActorMergeLog mergeLog() {
        return real.mergeLog();
    }

    @Override
    public AnnotationRepository annotations() {
        AnnotationRepository r = real.annotations();
        return new AnnotationRepository() {
            @Override
            public void addSet(AnnotationSetInfo set) {
                r.addSet(set);
            }

            @Override
            public void updateSet(AnnotationSetInfo set) {
                r.updateSet(set);
            }

            @Override
            public void updateSet(AnnotationSetInfo seen, AnnotationSetInfo set) {
                r.updateSet(seen, set);
            }

            @Override
            public Optional<AnnotationSetInfo> findSet(String setId) {
                return r.findSet(setId);
            }

            @Override
            public List<AnnotationSetInfo> setsOf(String documentId) {
                return r.setsOf(documentId);
            }

            @Override
            public List<Span> spansOf(String setId) {
                return r.spansOf(setId);
            }

            @Override
            public List<Link> linksOf(String setId) {
                return r.linksOf(setId);
            }

            @Override
            public void addSpan(String setId, Span span) {
                r.addSpan(setId, span);
            }

            @Override
            public void updateSpan(String setId, Span span) {
                r.updateSpan(setId, span);
            }

            @Override
            public void removeSpan(String spanId) {
                r.removeSpan(spanId);
            }

            @Override
            public void addLink(String setId, Link link) {
                if (failOnAddLink) {
                    // what the store says when the disk is full, about a database that is not there
                    throw new StorageException(Message.of("store.disk.full", Message.of("store.do.links.save", 1, setId),
                            "simulated.mv.db"));
                }
                r.addLink(setId, link);
            }

            @Override
            public void removeLink(String linkId) {
                r.removeLink(linkId);
            }
        };
    }

    @Override
    public AuditLog audit() {
        return real.audit();
    }

    @Override
    public ReviewRepository reviews() {
        return real.reviews();
    }

    @Override
    public AssignmentRepository assignments() {
        return real.assignments();
    }

    @Override
    public CurationRepository curations() {
        return real.curations();
    }

    @Override
    public ClaimRepository claims() {
        return real.claims();
    }

    @Override
    public SuggestionRejections suggestionRejections() {
        return real.suggestionRejections();
    }

    @Override
    public Transactions transactions() {
        return real.transactions();
    }

    @Override
    public String location() {
        return real.location();
    }

    @Override
    public void close() {
        real.close();
    }
}
