package org.isnad.service;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.AuditEvent;

/**
 * The undo/redo history of one annotation set. Executing, undoing or redoing a command applies its
 * changes and writes an audit event in one transaction; only after the commit returns does the
 * stack move, so the window never shows as done what was not stored.
 */
public final class CommandStack {
    private final AnnotationSet set;
    private final Repositories repositories;
    private final String documentId;
    private final String user;
    private final Clock clock;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Runnable beforeFirstWrite = () -> { };
    private Runnable guard = () -> { };

    public CommandStack(AnnotationSet set, Repositories repositories, String documentId, String user, Clock clock) {
        this.set = set;
        this.repositories = repositories;
        this.documentId = documentId;
        this.user = user;
        this.clock = clock;
    }

    /**
     * A check run inside every write transaction (execute, undo, redo) before anything changes; it
     * throws to refuse the write, e.g. when the set was approved meanwhile.
     */
    void guard(Runnable check) {
        this.guard = check;
    }

    /** Work to run inside the first write transaction (creating the set's row). */
    void beforeFirstWrite(Runnable work) {
        this.beforeFirstWrite = work;
    }

    public void execute(Command command) {
        commit(command, "execute", command.action().english());
        undo.push(command);
        redo.clear();
        fire();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<Action> undoAction() {
        return Optional.ofNullable(undo.peek()).map(Command::action);
    }

    public Optional<Action> redoAction() {
        return Optional.ofNullable(redo.peek()).map(Command::action);
    }

    public void undo() {
        Command command = undo.peek();
        if (command == null) {
            throw new IllegalStateException("there is nothing to undo");
        }
        commit(command.inverse(), "undo", "Undo " + command.action().english());
        redo.push(undo.pop());
        fire();
    }

    public void redo() {
        Command command = redo.peek();
        if (command == null) {
            throw new IllegalStateException("there is nothing to redo");
        }
        commit(command, "redo", "Redo " + command.action().english());
        undo.push(redo.pop());
        fire();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }

    private void commit(Command command, String verb, String description) {
        List<Change> applied = new ArrayList<>();
        try {
            repositories.transactions().run(() -> {
                guard.run();
                beforeFirstWrite.run();
                StringBuilder before = new StringBuilder();
                StringBuilder after = new StringBuilder();
                Set<String> touched = judgedAnnotationsTouched(command);
                Set<String> staleBefore = staleAmong(touched);
                for (Change change : command.changes()) {
                    appendLine(before, change.before(set.text()));
                    change.applyInMemory(set);
                    applied.add(change);
                    change.store(set.id(), repositories);
                    appendLine(after, change.after(set.text()));
                }
                appendStaleVerdicts(touched, staleBefore, after);
                repositories.audit().append(new AuditEvent(0, documentId, set.id(), user, clock.instant(),
                        verb, description, before.toString(), after.toString()));
            });
            // only once it is committed: a set whose first write rolled back (the server went away) is still to be created
            beforeFirstWrite = () -> { };
        } catch (RuntimeException e) {
            // the database rolled back; put the in-memory set back the same way
            for (int i = applied.size() - 1; i >= 0; i--) {
                applied.get(i).inverse().applyInMemory(set);
            }
            throw e;
        }
    }

    /** The annotations whose verdicts a command's changes may make stale: changed spans, and the sources of added or removed links. */
    private static Set<String> judgedAnnotationsTouched(Command command) {
        Set<String> touched = new LinkedHashSet<>();
        for (Change change : command.changes()) {
            if (change instanceof SpanChanged changed) {
                touched.add(changed.newSpan().id());
            } else if (change instanceof LinkAdded added) {
                touched.add(added.link().fromSpanId());
            } else if (change instanceof LinkRemoved removed) {
                touched.add(removed.link().fromSpanId());
            }
        }
        return touched;
    }

    private Set<String> staleAmong(Set<String> spanIds) {
        Set<String> stale = new HashSet<>();
        for (String id : spanIds) {
            if (set.span(id).isPresent() && set.isStale(id)) {
                stale.add(id);
            }
        }
        return stale;
    }

    /** Says in the audit trail which verdicts this command made stale: the annotation (or its links) changed after them. */
    private void appendStaleVerdicts(Set<String> touched, Set<String> staleBefore, StringBuilder after) {
        for (String id : touched) {
            if (!staleBefore.contains(id) && set.span(id).isPresent() && set.isStale(id)) {
                org.isnad.domain.Verdict v = set.verdict(id).orElseThrow();
                appendLine(after, "verdict " + v.kind() + " by " + v.reviewer() + " (" + v.at()
                        + ") is stale: the annotation changed after it");
            }
        }
    }

    private static void appendLine(StringBuilder sb, String line) {
        if (!line.isEmpty()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(line);
        }
    }
}
