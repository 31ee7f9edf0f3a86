package org.isnad.service;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** The listeners of committed corpus changes; a listener that throws does not stop the others. */
public final class CorpusChanges {
    private final List<CorpusListener> listeners = new CopyOnWriteArrayList<>();

    public void add(CorpusListener listener) {
        listeners.add(listener);
    }

    public void remove(CorpusListener listener) {
        listeners.remove(listener);
    }

    void documentsDeleted(Set<String> ids) {
        each(l -> l.documentsDeleted(Set.copyOf(ids)));
    }

    void documentEdited(String id) {
        each(l -> l.documentEdited(id));
    }

    void actorsChanged(Set<String> documentIds) {
        each(l -> l.actorsChanged(Set.copyOf(documentIds)));
    }

    private void each(java.util.function.Consumer<CorpusListener> call) {
        for (CorpusListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                // the change is committed; one view failing to follow must not hide it from the others
                System.err.println("isnad: a view could not follow a change: " + e);
            }
        }
    }
}
