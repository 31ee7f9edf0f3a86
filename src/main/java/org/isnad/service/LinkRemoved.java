package org.isnad.service;

import org.isnad.domain.AnnotationSet;
import org.isnad.domain.Link;

/** A link between two spans is removed. */
public record LinkRemoved(Link link) implements Change {
    @Override
    public void applyInMemory(AnnotationSet set) {
        set.removeLink(link.id());
    }

    @Override
    public void store(String setId, Repositories repositories) {
        repositories.annotations().removeLink(link.id());
    }

    @Override
    public Change inverse() {
        return new LinkAdded(link);
    }

    @Override
    public String before(String documentText) {
        return ChangeText.link(link);
    }

    @Override
    public String after(String documentText) {
        return "";
    }
}
