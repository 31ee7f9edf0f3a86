package org.isnad.service;

import java.util.List;
import java.util.Optional;
import org.isnad.domain.Actor;
import org.isnad.text.ArabicFolding;

/** Finding actors by name as analysts type it: unvoweled, with or without hamza, in Arabic or Latin. */
public final class ActorRegistry {
    private final Repositories repositories;

    public ActorRegistry(Repositories repositories) {
        this.repositories = repositories;
    }

    public List<Actor> all() {
        return repositories.actors().all();
    }

    public Optional<Actor> find(String actorId) {
        return actorId == null ? Optional.empty() : repositories.actors().find(actorId);
    }

    /** Actors whose name, Latin name or an alias contains the query, compared on folded text. */
    public List<Actor> search(String query) {
        String q = ArabicFolding.foldQuery(query == null ? "" : query.strip());
        if (q.isEmpty()) {
            return all();
        }
        return all().stream().filter(a -> matches(a, q)).toList();
    }

    private static boolean matches(Actor actor, String foldedQuery) {
        if (ArabicFolding.foldQuery(actor.canonicalName()).contains(foldedQuery)) {
            return true;
        }
        if (actor.latinName() != null && ArabicFolding.foldQuery(actor.latinName()).contains(foldedQuery)) {
            return true;
        }
        return actor.aliases().stream().anyMatch(alias -> ArabicFolding.foldQuery(alias).contains(foldedQuery));
    }
}
