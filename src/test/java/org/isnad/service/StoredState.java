package org.isnad.service;

import java.util.Comparator;
import java.util.List;
import org.isnad.domain.Actor;
import org.isnad.domain.Link;
import org.isnad.domain.Span;

/** Everything stored for one annotation set (and the actor registry), read back from the database. */
record StoredState(List<Span> spans, List<Link> links, List<Actor> actors) {
    static StoredState of(Repositories repositories, String setId) {
        List<Span> spans = repositories.annotations().findSet(setId).isPresent()
                ? repositories.annotations().spansOf(setId) : List.of();
        List<Link> links = repositories.annotations().findSet(setId).isPresent()
                ? repositories.annotations().linksOf(setId).stream().sorted(Comparator.comparing(Link::id)).toList() : List.of();
        List<Actor> actors = repositories.actors().all().stream().sorted(Comparator.comparing(Actor::id)).toList();
        return new StoredState(spans, links, actors);
    }
}
