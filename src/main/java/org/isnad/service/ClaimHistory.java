package org.isnad.service;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.isnad.domain.AuditEvent;

/**
 * The undo/redo history of the claim records. A command's changes and its audit event are written in one
 * transaction; the history moves only after the commit returned.
 */
public final class ClaimHistory {
    private final Repositories repositories;
    private final Clock clock;
    private final Deque<ClaimCommand> undo = new ArrayDeque<>();
    private final Deque<ClaimCommand> redo = new ArrayDeque<>();

    public ClaimHistory(Repositories repositories, Clock clock) {
        this.repositories = repositories;
        this.clock = clock;
    }

    public synchronized void execute(ClaimCommand command, String user) {
        commit(command, "execute", command.description(), user);
        undo.push(command);
        redo.clear();
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    public synchronized Optional<ClaimCommand> undoable() {
        return Optional.ofNullable(undo.peek());
    }

    public synchronized Optional<ClaimCommand> redoable() {
        return Optional.ofNullable(redo.peek());
    }

    public synchronized void undo(String user) {
        ClaimCommand command = undo.peek();
        if (command == null) {
            throw new IllegalStateException("there is nothing to undo");
        }
        commit(command.inverse(), "undo", "Undo " + command.description(), user);
        redo.push(undo.pop());
    }

    public synchronized void redo(String user) {
        ClaimCommand command = redo.peek();
        if (command == null) {
            throw new IllegalStateException("there is nothing to redo");
        }
        commit(command, "redo", "Redo " + command.description(), user);
        undo.push(redo.pop());
    }

    private void commit(ClaimCommand command, String verb, String description, String user) {
        repositories.transactions().run(() -> {
            StringBuilder before = new StringBuilder();
            StringBuilder after = new StringBuilder();
            for (ClaimChange change : command.changes()) {
                line(before, change.before());
                change.store(repositories.claims());
                line(after, change.after());
            }
            repositories.audit().append(new AuditEvent(0, null, null, user, clock.instant(), verb, description,
                    before.toString(), after.toString()));
        });
    }

    private static void line(StringBuilder sb, String text) {
        if (!text.isEmpty()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(text);
        }
    }
}
