package org.isnad.service;

import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSet;

/** An actor leaves the registry; only possible when nothing names it. */
public record ActorRemoved(Actor actor) implements Change {
    @Override
    public void applyInMemory(AnnotationSet set) {
        // the actor registry is corpus-wide, not part of the set
    }

    @Override
    public void store(String setId, Repositories repositories) {
        repositories.actors().remove(actor.id());
    }

    @Override
    public Change inverse() {
        return new ActorAdded(actor);
    }

    @Override
    public String before(String documentText) {
        return ChangeText.actor(actor);
    }

    @Override
    public String after(String documentText) {
        return "";
    }
}
