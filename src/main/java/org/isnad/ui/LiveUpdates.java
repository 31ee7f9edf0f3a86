package org.isnad.ui;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.isnad.service.SharedChange;
import org.isnad.service.SharedChanges;
import org.isnad.ui.editing.EditorViewModel;
import org.isnad.ui.language.UiText;

/**
 * Other users' work shown as it is committed (a team server, issue 15): the library's page is read again,
 * and the open document, when someone else changed it (a verdict on the set shown, a state, an actor merge),
 * is loaded again from the store. Every edit of this user is already committed, so nothing of theirs is lost.
 * Changes heard on the listener's thread are gathered and shown together on the window's thread. While
 * review or curation is under way the open document is left as it is (the library still follows).
 */
final class LiveUpdates {
    private final UiText text;
    private final String user;
    private final EditorViewModel editor;
    private final Runnable refreshLibrary;
    private final Consumer<String> reopen;
    private final BooleanSupplier busy;
    private final java.util.function.Predicate<String> inLibrary;
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final Set<String> ownElsewhere = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean reconnected = new AtomicBoolean();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private SharedChanges.Subscription subscription;
    private volatile boolean stopped;

    /**
     * {@code reopen} opens a document again as the window does; {@code busy}: review or curation under way;
     * {@code inLibrary}: whether the library's page shows a document now.
     */
    LiveUpdates(UiText text, String user, EditorViewModel editor, Runnable refreshLibrary, Consumer<String> reopen,
                BooleanSupplier busy, java.util.function.Predicate<String> inLibrary) {
        this.inLibrary = inLibrary;
        this.text = text;
        this.user = user;
        this.editor = editor;
        this.refreshLibrary = refreshLibrary;
        this.reopen = reopen;
        this.busy = busy;
    }

    void follow(SharedChanges changes) {
        subscription = changes.listen(this::heard);
    }

    void stop() {
        stopped = true;
        if (subscription != null) {
            subscription.close();
        }
    }

    /**
     * On the listener's thread. This login's own changes are mostly this window's, shown already; one made
     * elsewhere as the same login (the command line, another desktop) is shown when it is a new document.
     */
    private void heard(SharedChange change) {
        if (change.isReconnect()) {
            reconnected.set(true);
        } else if (!change.madeBy(user)) {
            changed.add(change.documentId());
        } else {
            ownElsewhere.add(change.documentId());
        }
        if (scheduled.compareAndSet(false, true)) {
            Platform.runLater(this::show);
        }
    }

    private void show() {
        scheduled.set(false);
        if (stopped) {
            return;
        }
        boolean back = reconnected.getAndSet(false);
        Set<String> documents = Set.copyOf(changed);
        changed.removeAll(documents);
        Set<String> own = Set.copyOf(ownElsewhere);
        ownElsewhere.removeAll(own);
        boolean newOfMine = own.stream().anyMatch(id -> !inLibrary.test(id));
        if (!back && documents.isEmpty() && !newOfMine) {
            return;
        }
        try {
            refreshLibrary.run();
            String open = editor.session().map(s -> s.document().id()).orElse(null);
            if (open != null && (back || documents.contains(open)) && !busy.getAsBoolean()) {
                String selected = editor.selectedSpanIdProperty().get();
                reopen.accept(open);
                if (selected != null && editor.session().flatMap(s -> s.set().span(selected)).isPresent()) {
                    editor.selectedSpanIdProperty().set(selected);
                }
                editor.messageProperty().set(text.get(back ? "live.reconnected" : "live.document.changed"));
            } else if (back) {
                editor.messageProperty().set(text.get("live.reconnected"));
            }
        } catch (RuntimeException e) {
            // e.g. the open document was deleted by someone else, or the server went away again
            editor.messageProperty().set(text.describe(e));
        }
    }
}
