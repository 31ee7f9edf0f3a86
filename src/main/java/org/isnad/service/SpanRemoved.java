package org.isnad.service;

import org.isnad.domain.AnnotationSet;
import org.isnad.domain.Span;

/** A span is deleted (its links are removed by earlier changes of the same command). */
public record SpanRemoved(Span span) implements Change {
    @Override
    public void applyInMemory(AnnotationSet set) {
        set.removeSpan(span.id());
    }

    @Override
    public void store(String setId, Repositories repositories) {
        repositories.annotations().removeSpan(span.id());
    }

    @Override
    public Change inverse() {
        return new SpanAdded(span);
    }

    @Override
    public String before(String documentText) {
        return ChangeText.span(span, documentText);
    }

    @Override
    public String after(String documentText) {
        return "";
    }
}
