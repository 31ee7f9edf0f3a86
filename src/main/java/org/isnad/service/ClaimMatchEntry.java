package org.isnad.service;

import java.util.Set;

/** A text to compare: a record's statement or one of its claim spans, with the numbers and actor ids it names. */
public record ClaimMatchEntry(String claimId, String text, Set<String> numbers, Set<String> actors) {
    public ClaimMatchEntry {
        numbers = Set.copyOf(numbers);
        actors = Set.copyOf(actors);
    }
}
