package org.isnad.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The speaker directory's queries over the whole corpus, and moving annotations between actors. */
public interface DirectoryRepository {
    /** Every actor's counts of quotes, claims and documents (actors with none are left out). */
    List<ActorEntry> tallies();

    /** One actor's quotes and claims across the corpus, newest first. */
    List<ActorStatement> statements(String actorId);

    /** Points every annotation and role of {@code fromActor} at {@code toActor}; what moved, to move it back. */
    ActorLinks moveLinks(String fromActor, String toActor);

    /** Points exactly the given annotations and roles (now on {@code fromActor}) back at {@code toActor}. */
    void moveBack(ActorLinks links, String fromActor, String toActor);

    /** The documents in which these annotations lie. */
    Set<String> documentsOf(ActorLinks links);

    /** The documents in which an annotation names the actor (as speaker mention, implicit speaker or claimant). */
    Set<String> documentsNaming(String actorId);

    List<ActorRole> roles(String actorId);

    /** Records that the actor holds {@code role} from {@code since} (replacing a role of that same day). */
    void putRole(String actorId, LocalDate since, String role);

    /** Forgets the role the actor held from {@code since} (nothing when there is none). */
    void removeRole(String actorId, LocalDate since);
}
