package org.isnad.service;

import org.isnad.domain.AnnotationSet;
import org.isnad.domain.Span;

/** A span's bounds, attributes or note change. */
public record SpanChanged(Span oldSpan, Span newSpan) implements Change {
    @Override
    public void applyInMemory(AnnotationSet set) {
        set.replaceSpan(newSpan);
    }

    @Override
    public void store(String setId, Repositories repositories) {
        repositories.annotations().updateSpan(setId, newSpan);
    }

    @Override
    public Change inverse() {
        return new SpanChanged(newSpan, oldSpan);
    }

    @Override
    public String before(String documentText) {
        return ChangeText.span(oldSpan, documentText);
    }

    @Override
    public String after(String documentText) {
        return ChangeText.span(newSpan, documentText);
    }
}
