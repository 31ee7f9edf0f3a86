package org.isnad.service;

import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSet;

/** An actor's name, kind or role is edited. */
public record ActorChanged(Actor oldActor, Actor newActor) implements Change {
    @Override
    public void applyInMemory(AnnotationSet set) {
        // the actor registry is corpus-wide, not part of the set
    }

    @Override
    public void store(String setId, Repositories repositories) {
        repositories.actors().update(oldActor, newActor);
    }

    @Override
    public Change inverse() {
        return new ActorChanged(newActor, oldActor);
    }

    @Override
    public String before(String documentText) {
        return ChangeText.actor(oldActor);
    }

    @Override
    public String after(String documentText) {
        return ChangeText.actor(newActor);
    }
}
