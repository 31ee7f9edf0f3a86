package org.isnad.service;

import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSet;

/** A new actor joins the registry (e.g. created from the speaker picker). */
public record ActorAdded(Actor actor) implements Change {
    @Override
    public void applyInMemory(AnnotationSet set) {
        // the actor registry is corpus-wide, not part of the set
    }

    @Override
    public void store(String setId, Repositories repositories) {
        repositories.actors().add(actor);
    }

    @Override
    public Change inverse() {
        return new ActorRemoved(actor);
    }

    @Override
    public String before(String documentText) {
        return "";
    }

    @Override
    public String after(String documentText) {
        return ChangeText.actor(actor);
    }
}
