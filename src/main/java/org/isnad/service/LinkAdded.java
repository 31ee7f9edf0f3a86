package org.isnad.service;

import org.isnad.domain.AnnotationSet;
import org.isnad.domain.Link;

/** Two spans are linked. */
public record LinkAdded(Link link) implements Change {
    @Override
    public void applyInMemory(AnnotationSet set) {
        set.addLink(link);
    }

    @Override
    public void store(String setId, Repositories repositories) {
        repositories.annotations().addLink(setId, link);
    }

    @Override
    public Change inverse() {
        return new LinkRemoved(link);
    }

    @Override
    public String before(String documentText) {
        return "";
    }

    @Override
    public String after(String documentText) {
        return ChangeText.link(link);
    }
}
