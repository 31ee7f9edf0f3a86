package org.isnad.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.isnad.domain.Actor;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.DomainException;
import org.isnad.domain.Ids;
import org.isnad.message.Message;
import org.isnad.text.ArabicFolding;

/**
 * Merging two actors into one, undoably: every annotation and role of the other actor moves to the
 * kept one, its names become the kept one's aliases, and the other actor is removed. Undo puts the
 * other actor back and moves back exactly what moved.
 */
public final class ActorMerges {
    private final Repositories repositories;
    private final Clock clock;
    private final CorpusChanges changes;
    private final Deque<ActorMerge> done = new ConcurrentLinkedDeque<>();

    public ActorMerges(Repositories repositories, Clock clock, CorpusChanges changes) {
        this.repositories = repositories;
        this.clock = clock;
        this.changes = changes;
    }

    public ActorMerge merge(String keepId, String otherId, String user) {
        if (keepId.equals(otherId)) {
            throw new DomainException(Message.of("service.merge.same", keepId));
        }
        ActorMerge merge = repositories.transactions().inTransaction(() -> {
            Actor keep = require(keepId);
            Actor other = require(otherId);
            List<ActorRole> otherRoles = repositories.directory().roles(otherId);
            ActorLinks moved = repositories.directory().moveLinks(otherId, keepId);
            markStale(moved);
            Actor kept = combined(keep, other);
            repositories.actors().update(kept);
            repositories.actors().remove(otherId);
            repositories.audit().append(new AuditEvent(0, null, null, user, clock.instant(), "merge actors",
                    "Merge «" + other.canonicalName() + "» into «" + keep.canonicalName() + "» ("
                            + moved.annotations() + " annotations)", keep + "\n" + other, kept.toString()));
            ActorMerge done = new ActorMerge(Ids.newId(), keep, other, kept, otherRoles, moved);
            repositories.mergeLog().add(new StoredMerge(done.id(), keepId, otherId, user, clock.instant(), null, null,
                    ActorMergeText.of(done)));
            return done;
        });
        done.push(merge);
        changes.actorsChanged(repositories.directory().documentsOf(merge.moved()));
        return merge;
    }

    /** The documents whose annotations moved count as changed in the same transaction, so the search index follows. */
    private void markStale(ActorLinks moved) {
        for (String documentId : repositories.directory().documentsOf(moved)) {
            repositories.changes().documentChanged(documentId);
        }
    }

    /** The last merge made here that was not undone yet. */
    public Optional<ActorMerge> last() {
        return Optional.ofNullable(done.peek());
    }

    /** Every merge kept in the database, newest first (with those undone). */
    public List<StoredMerge> history() {
        return repositories.mergeLog().all();
    }

    /** What a stored merge did: both actors as they were, what moved. */
    public ActorMerge record(StoredMerge stored) {
        return ActorMergeText.read(stored.id(), stored.record());
    }

    /**
     * Undoes a merge kept in the database, made by this program or another one, at any later time:
     * refused (nothing changed) when it is unknown or already undone, when the kept actor changed
     * since (a later merge or edit: undo that first), or when the other actor's id is in use again.
     */
    public ActorMerge undo(String mergeId, String user) {
        String id = mergeId == null ? "" : mergeId.strip();
        StoredMerge stored = repositories.mergeLog().find(id).orElseThrow(() ->
                new DomainException(Message.of("service.merge.unknown", id)));
        ActorMerge merge = ActorMergeText.read(stored.id(), stored.record());
        undo(merge, user);
        return merge;
    }

    /** Undoes a merge: both actors as they were before, every moved annotation back on the other actor. */
    public void undo(ActorMerge merge, String user) {
        try {
            undoStored(merge, user);
        } catch (RuntimeException refused) {
            // undone meanwhile by another program: nothing left to undo here
            if (repositories.mergeLog().find(merge.id()).map(StoredMerge::undone).orElse(true)) {
                done.remove(merge);
            }
            throw refused;
        }
        done.remove(merge);
        changes.actorsChanged(repositories.directory().documentsOf(merge.moved()));
    }

    private void undoStored(ActorMerge merge, String user) {
        repositories.transactions().run(() -> {
            if (!repositories.mergeLog().markUndone(merge.id(), user, clock.instant())) {
                throw new DomainException(Message.of("service.merge.already.undone", merge.other().canonicalName(),
                        merge.keptBefore().canonicalName()));
            }
            Actor now = repositories.actors().find(merge.keptBefore().id()).orElseThrow(() ->
                    new DomainException(Message.of("service.actor.unknown", merge.keptBefore().id())));
            if (!now.equals(merge.keptAfter())) {
                throw new DomainException(Message.of("service.merge.changed.since", now.canonicalName(),
                        merge.other().canonicalName()));
            }
            if (repositories.actors().find(merge.other().id()).isPresent()) {
                throw new DomainException(Message.of("service.merge.other.back", merge.other().canonicalName(),
                        merge.other().id()));
            }
            repositories.actors().add(merge.other());
            repositories.actors().update(merge.keptAfter(), merge.keptBefore());
            repositories.directory().moveBack(merge.moved(), merge.keptBefore().id(), merge.other().id());
            markStale(merge.moved());
            for (ActorRole role : merge.otherRoles()) {
                repositories.directory().putRole(merge.other().id(), role.since(), role.role());
            }
            repositories.audit().append(new AuditEvent(0, null, null, user, clock.instant(), "undo merge actors",
                    "Undo merge of «" + merge.other().canonicalName() + "» into «" + merge.keptBefore().canonicalName() + "»",
                    merge.keptAfter().toString(), merge.keptBefore() + "\n" + merge.other()));
        });
    }

    /** The kept actor with the other's names as aliases and the facts it lacked. */
    static Actor combined(Actor keep, Actor other) {
        Set<String> known = new LinkedHashSet<>(DuplicateFinder.names(keep));
        List<String> aliases = new ArrayList<>(keep.aliases());
        List<String> candidates = new ArrayList<>();
        candidates.add(other.canonicalName());
        if (other.latinName() != null) {
            candidates.add(other.latinName());
        }
        candidates.addAll(other.aliases());
        for (String name : candidates) {
            if (known.add(ArabicFolding.foldQuery(name))) {
                aliases.add(name);
            }
        }
        return new Actor(keep.id(), keep.canonicalName(), keep.latinName() != null ? keep.latinName() : other.latinName(),
                aliases, keep.kind(), keep.role() != null ? keep.role() : other.role(),
                keep.wikidataId() != null ? keep.wikidataId() : other.wikidataId());
    }

    private Actor require(String actorId) {
        return repositories.actors().find(actorId).orElseThrow(() ->
                new DomainException(Message.of("service.actor.unknown", actorId)));
    }
}
