package org.isnad.service;

import java.util.List;

/** One user action: what it is called and the elementary changes it makes, in order. */
public record Command(Action action, List<Change> changes) {
    public Command {
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a command must change something");
        }
    }

    /** The command that undoes this one: every change inverted, in reverse order. */
    public Command inverse() {
        List<Change> inverted = new java.util.ArrayList<>(changes.size());
        for (int i = changes.size() - 1; i >= 0; i--) {
            inverted.add(changes.get(i).inverse());
        }
        return new Command(action, inverted);
    }
}
