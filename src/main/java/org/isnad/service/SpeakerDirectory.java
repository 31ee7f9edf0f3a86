package org.isnad.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.domain.Actor;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.DomainException;
import org.isnad.message.Message;
import org.isnad.text.ArabicFolding;

/**
 * The speaker directory: every actor with how often it speaks, its record across the corpus, and
 * the analyst's corrections to it (rename, split an alias off, roles over time). Merging is
 * {@link ActorMerges}; proposing duplicates is {@link DuplicateFinder}.
 */
public final class SpeakerDirectory {
    private final Repositories repositories;
    private final Clock clock;
    private final CorpusChanges changes;

    public SpeakerDirectory(Repositories repositories, Clock clock, CorpusChanges changes) {
        this.repositories = repositories;
        this.clock = clock;
        this.changes = changes;
    }

    /** Every actor, by name, with its counts (zero when it says nothing anywhere). */
    public List<ActorEntry> entries() {
        Map<String, ActorEntry> tallies = new HashMap<>();
        for (ActorEntry e : repositories.directory().tallies()) {
            tallies.put(e.actor().id(), e);
        }
        List<ActorEntry> entries = new ArrayList<>();
        for (Actor actor : repositories.actors().all()) {
            ActorEntry t = tallies.get(actor.id());
            entries.add(t == null ? new ActorEntry(actor, 0, 0, 0) : new ActorEntry(actor, t.quotes(), t.claims(), t.documents()));
        }
        return entries;
    }

    public ActorEntry entry(String actorId) {
        Actor actor = require(actorId);
        return entries().stream().filter(e -> e.actor().id().equals(actor.id())).findFirst()
                .orElse(new ActorEntry(actor, 0, 0, 0));
    }

    /**
     * The actor with this id, else the one whose name, Latin name or an alias is this name once
     * folded; refused when none or several are.
     */
    public Actor find(String idOrName) {
        String key = idOrName == null ? "" : idOrName.strip();
        Optional<Actor> byId = repositories.actors().find(key);
        if (byId.isPresent()) {
            return byId.get();
        }
        String folded = ArabicFolding.foldQuery(key);
        List<Actor> named = repositories.actors().all().stream()
                .filter(a -> DuplicateFinder.names(a).contains(folded)).toList();
        if (named.isEmpty()) {
            throw new DomainException(Message.of("service.actor.unknown", key));
        }
        if (named.size() > 1) {
            throw new DomainException(Message.of("service.actor.ambiguous", key, named.size()));
        }
        return named.get(0);
    }

    public Actor require(String actorId) {
        return repositories.actors().find(actorId).orElseThrow(() ->
                new DomainException(Message.of("service.actor.unknown", actorId)));
    }

    /** The actor's quotes and claims across the corpus, newest first. */
    public List<ActorStatement> statements(String actorId) {
        require(actorId);
        List<ActorStatement> all = new ArrayList<>(repositories.directory().statements(actorId));
        all.sort(Comparator.comparing(ActorStatement::day).reversed()
                .thenComparing(ActorStatement::documentId).thenComparingInt(ActorStatement::start));
        return all;
    }

    public List<ActorRole> roles(String actorId) {
        require(actorId);
        return repositories.directory().roles(actorId);
    }

    /** Renames an actor; the old name stays as an alias, so folded matching still finds it. */
    public Actor rename(String actorId, String newName, String user) {
        Actor before = require(actorId);
        List<String> aliases = new ArrayList<>(before.aliases());
        aliases.remove(newName == null ? "" : newName.strip());
        if (!aliases.contains(before.canonicalName())) {
            aliases.add(before.canonicalName());
        }
        Actor after = new Actor(before.id(), newName, before.latinName(), aliases, before.kind(), before.role(),
                before.wikidataId());
        return save(before, after, "rename actor", user);
    }

    /** Changes what the analyst can edit directly: names, aliases, kind, Wikidata id. */
    public Actor update(Actor after, String user) {
        return save(require(after.id()), after, "edit actor", user);
    }

    /**
     * The same, from a view that showed {@code seen}: refused with {@link ConcurrentChangeException} (nothing
     * changed) when someone else changed the actor since.
     */
    public Actor update(Actor seen, Actor after, String user) {
        return save(seen, after, "edit actor", user);
    }

    /**
     * Takes an alias off an actor and makes it an actor of its own (same kind), for a name that was
     * wrongly taken for the same person. Annotations stay where they are.
     */
    public Actor splitAlias(String actorId, String alias, String user) {
        Actor before = require(actorId);
        if (alias == null || !before.aliases().contains(alias.strip())) {
            throw new DomainException(Message.of("service.actor.no.alias", before.canonicalName(), String.valueOf(alias)));
        }
        List<String> aliases = new ArrayList<>(before.aliases());
        aliases.remove(alias.strip());
        Actor after = new Actor(before.id(), before.canonicalName(), before.latinName(), aliases, before.kind(),
                before.role(), before.wikidataId());
        Actor split = Actor.create(alias, before.kind(), null);
        repositories.transactions().run(() -> {
            repositories.actors().update(after);
            repositories.actors().add(split);
            audit(user, "split alias", "Split «" + alias + "» off «" + before.canonicalName() + "»",
                    before.toString(), after + "\n" + split);
        });
        changes.actorsChanged(Set.of());
        return split;
    }

    /** Records a role held from a day on; the newest role is the actor's current one. */
    public Actor setRole(String actorId, LocalDate since, String role, String user) {
        Actor before = require(actorId);
        if (since == null || role == null || role.isBlank()) {
            throw new DomainException(Message.of("service.actor.bad.role", before.canonicalName()));
        }
        return repositories.transactions().inTransaction(() -> {
            repositories.directory().putRole(actorId, since, role.strip());
            List<ActorRole> roles = repositories.directory().roles(actorId);
            String current = roles.get(roles.size() - 1).role();
            Actor after = new Actor(before.id(), before.canonicalName(), before.latinName(), before.aliases(),
                    before.kind(), current, before.wikidataId());
            return save(before, after, "set role", user);
        });
    }

    /** The actor's record (its quotes and claims) as CSV for spreadsheets. */
    public String csv(String actorId) {
        return ActorRecordCsv.of(require(actorId), statements(actorId));
    }

    private Actor save(Actor before, Actor after, String action, String user) {
        repositories.transactions().run(() -> {
            repositories.actors().update(before, after);
            if (!before.canonicalName().equals(after.canonicalName())) {
                // the index holds each annotation's actor name: the documents naming it count as changed
                for (String documentId : repositories.directory().documentsNaming(after.id())) {
                    repositories.changes().documentChanged(documentId);
                }
            }
            audit(user, action, action + " «" + before.canonicalName() + "»", before.toString(), after.toString());
        });
        changes.actorsChanged(Set.of());
        return after;
    }

    private void audit(String user, String action, String description, String before, String after) {
        repositories.audit().append(new AuditEvent(0, null, null, user, clock.instant(), action, description, before, after));
    }
}
