package org.isnad.service;

import java.util.ArrayList;
import java.util.List;

/**
 * One action on the claim records: a key the window translates ({@code claims.action.merge}), the English
 * description the audit trail keeps, and its elementary changes in order.
 */
public record ClaimCommand(String key, String description, List<ClaimChange> changes) {
    public ClaimCommand {
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a command must change something");
        }
    }

    public ClaimCommand inverse() {
        List<ClaimChange> inverted = new ArrayList<>(changes.size());
        for (int i = changes.size() - 1; i >= 0; i--) {
            inverted.add(changes.get(i).inverse());
        }
        return new ClaimCommand(key, description, inverted);
    }
}
