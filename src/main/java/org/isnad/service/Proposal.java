package org.isnad.service;

import org.isnad.suggest.Suggestion;

/** A suggestion waiting for the analyst, with the outer suggestion it is nested in (or null). */
public record Proposal(Suggestion suggestion, Suggestion parent) {
    public String key() {
        return suggestion.key();
    }

    public int start() {
        return suggestion.quote().start();
    }

    public int end() {
        return suggestion.quote().end();
    }
}
