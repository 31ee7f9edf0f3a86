package org.isnad.service;

import org.isnad.domain.AnnotationSet;
import org.isnad.domain.Span;

/** A new span is marked. */
public record SpanAdded(Span span) implements Change {
    @Override
    public void applyInMemory(AnnotationSet set) {
        set.addSpan(span);
    }

    @Override
    public void store(String setId, Repositories repositories) {
        repositories.annotations().addSpan(setId, span);
    }

    @Override
    public Change inverse() {
        return new SpanRemoved(span);
    }

    @Override
    public String before(String documentText) {
        return "";
    }

    @Override
    public String after(String documentText) {
        return ChangeText.span(span, documentText);
    }
}
