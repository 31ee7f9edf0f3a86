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
 * and the open document, when another program changed it (another user: a verdict on the set shown, a state,
 * an actor merge; or this user's login on another desktop or the command line: spans, links, the set), is
 * loaded again from the store. This window's own commits are not told (the store knows them by their commit
 * token). Every edit of this user is already committed, so nothing of theirs is lost.
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
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final Set<String> ownElsewhere = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean reconnected = new AtomicBoolean();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private SharedChanges.Subscription subscription;
    private volatile boolean stopped;

    /** {@code reopen} opens a document again as the window does; {@code busy}: review or curation under way. */
    LiveUpdates(UiText text, String user, EditorViewModel editor, Runnable refreshLibrary, Consumer<String> reopen,
                BooleanSupplier busy) {
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

    /** On the listener's thread: a change of another program (this window's own are not told). */
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
        if (!back && documents.isEmpty() && own.isEmpty()) {
            return;
        }
        try {
            refreshLibrary.run();
            String open = editor.session().map(s -> s.document().id()).orElse(null);
            boolean byOthers = open != null && documents.contains(open); // Set.copyOf refuses contains(null)
            if (open != null && (back || byOthers || own.contains(open)) && !busy.getAsBoolean()) {
                String selected = editor.selectedSpanIdProperty().get();
                reopen.accept(open);
                if (selected != null && editor.session().flatMap(s -> s.set().span(selected)).isPresent()) {
                    editor.selectedSpanIdProperty().set(selected);
                }
                editor.messageProperty().set(text.get(back ? "live.reconnected"
                        : byOthers ? "live.document.changed" : "live.document.changed.elsewhere"));
            } else if (back) {
                editor.messageProperty().set(text.get("live.reconnected"));
            }
        } catch (RuntimeException e) {
            // e.g. the open document was deleted by someone else, or the server went away again
            editor.messageProperty().set(text.describe(e));
        }
    }
}
