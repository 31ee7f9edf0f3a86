package org.isnad.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.DomainException;
import org.isnad.message.Message;
import org.isnad.text.ArabicFolding;

/**
 * Editing an actor's record: kind, Wikidata id, aliases, and a role or title held from a day on.
 * Each edit is one audited transaction, checked against the actor as the analyst saw it (someone
 * else's change in between refuses it with {@link ConcurrentChangeException}, nothing changed), and
 * undoable the same way.
 */
public final class ActorEdits {
    private static final Pattern WIKIDATA = Pattern.compile(
            "(?i)(?:https?://(?:www\\.)?wikidata\\.org/(?:wiki|entity)/)?(Q[1-9][0-9]*)");

    private final Repositories repositories;
    private final Clock clock;
    private final CorpusChanges changes;

    public ActorEdits(Repositories repositories, Clock clock, CorpusChanges changes) {
        this.repositories = repositories;
        this.clock = clock;
        this.changes = changes;
    }

    /**
     * Edits the actor that the analyst saw as {@code seen}. {@code wikidata} may be blank (none), an id
     * like Q42 or its Wikidata address; {@code aliases} are kept in order, without blanks, repeats or
     * the name itself; {@code roleSince} and {@code role} record a role from that day on (both blank: no
     * role change).
     */
    public ActorEdit edit(Actor seen, ActorKind kind, String wikidata, List<String> aliases, LocalDate roleSince,
                          String role, String user) {
        Actor after = new Actor(seen.id(), seen.canonicalName(), seen.latinName(), aliases(seen, aliases),
                kind == null ? seen.kind() : kind, seen.role(), wikidata(seen, wikidata));
        String newRole = role == null ? "" : role.strip();
        if (newRole.isEmpty() != (roleSince == null)) {
            throw new DomainException(Message.of("service.actor.bad.role", seen.canonicalName()));
        }
        ActorEdit edit = repositories.transactions().inTransaction(() -> {
            ActorRole changedRole = null;
            String replaced = null;
            Actor saved = after;
            if (!newRole.isEmpty() && !newRole.equals(roleOn(seen.id(), roleSince))) {
                replaced = repositories.directory().roles(seen.id()).stream().filter(r -> r.since().equals(roleSince))
                        .map(ActorRole::role).findFirst().orElse(null);
                changedRole = new ActorRole(roleSince, newRole);
                repositories.directory().putRole(seen.id(), roleSince, newRole);
                saved = withRole(after, current(seen.id()));
            }
            repositories.actors().update(seen, saved);
            audit(user, "edit actor", "Edit «" + seen.canonicalName() + "»"
                    + (changedRole == null ? "" : " (role from " + roleSince + ": " + newRole + ")"), seen, saved);
            return new ActorEdit(seen, saved, changedRole, replaced);
        });
        changes.actorsChanged(Set.of());
        return edit;
    }

    /** Puts the actor back as it was before the edit; refused (nothing changed) if it was changed since. */
    public void undo(ActorEdit edit, String user) {
        repositories.transactions().run(() -> {
            repositories.actors().update(edit.after(), edit.before());
            if (edit.role() != null) {
                if (edit.replacedRole() == null) {
                    repositories.directory().removeRole(edit.before().id(), edit.role().since());
                } else {
                    repositories.directory().putRole(edit.before().id(), edit.role().since(), edit.replacedRole());
                }
            }
            audit(user, "undo edit actor", "Undo edit of «" + edit.before().canonicalName() + "»", edit.after(), edit.before());
        });
        changes.actorsChanged(Set.of());
    }

    /** The Wikidata id in its canonical form, or null; a clear refusal for anything else. */
    static String wikidata(Actor actor, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Matcher m = WIKIDATA.matcher(typed.strip());
        if (!m.matches()) {
            throw new DomainException(Message.of("service.actor.wikidata.format", actor.canonicalName(), typed.strip()));
        }
        return m.group(1).toUpperCase(Locale.ROOT);
    }

    private static List<String> aliases(Actor actor, List<String> typed) {
        Set<String> seen = new LinkedHashSet<>();
        seen.add(ArabicFolding.foldQuery(actor.canonicalName()));
        List<String> kept = new ArrayList<>();
        for (String alias : typed == null ? List.<String>of() : typed) {
            String a = alias == null ? "" : alias.strip();
            if (a.length() > Actor.MAX_NAME) {
                throw new DomainException(Message.of("domain.actor.name.too.long", Actor.MAX_NAME));
            }
            if (!a.isEmpty() && seen.add(ArabicFolding.foldQuery(a))) {
                kept.add(a);
            }
        }
        return kept;
    }

    private String roleOn(String actorId, LocalDate day) {
        return repositories.directory().roles(actorId).stream().filter(r -> r.since().equals(day))
                .map(ActorRole::role).findFirst().orElse(null);
    }

    /** The newest role is the actor's current one. */
    private String current(String actorId) {
        List<ActorRole> roles = repositories.directory().roles(actorId);
        return roles.isEmpty() ? null : roles.get(roles.size() - 1).role();
    }

    private static Actor withRole(Actor a, String role) {
        return new Actor(a.id(), a.canonicalName(), a.latinName(), a.aliases(), a.kind(), role, a.wikidataId());
    }

    private void audit(String user, String action, String description, Actor before, Actor after) {
        repositories.audit().append(new AuditEvent(0, null, null, user, clock.instant(), action, description,
                before.toString(), after.toString()));
    }
}
