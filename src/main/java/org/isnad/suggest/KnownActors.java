package org.isnad.suggest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The actors the engine may name: looked up by a folded name or alias (see {@link QuoteSuggester#foldName}). */
@FunctionalInterface
public interface KnownActors {

    /** The canonical name of the actor called {@code foldedName}, if there is one. */
    Optional<String> find(String foldedName);

    /**
     * Whether {@code foldedWord} is one of the words (split at spaces) of some folded name or alias. The engine
     * asks {@link #find} only for runs of words that all are, so a registry that knows its words spares it
     * building every part of every mention; one that cannot tell says yes, and is asked for everything.
     */
    default boolean hasWord(String foldedWord) {
        return true;
    }

    /** No registry: every speaker is named by its mention (the CLI has no database). */
    static KnownActors none() {
        return byFoldedName(Map.of());
    }

    /** A fixed registry: canonical name → aliases (the canonical name is an alias of itself). */
    static KnownActors of(Map<String, List<String>> aliasesByName) {
        Map<String, String> byFolded = new HashMap<>();
        aliasesByName.forEach((name, aliases) -> {
            byFolded.put(QuoteSuggester.foldName(name), name);
            for (String alias : aliases) {
                byFolded.put(QuoteSuggester.foldName(alias), name);
            }
        });
        return byFoldedName(byFolded);
    }

    /** A registry of canonical names by folded name or alias ({@link QuoteSuggester#foldName}), which knows its words. */
    static KnownActors byFoldedName(Map<String, String> canonicalByFoldedName) {
        Map<String, String> names = new HashMap<>(canonicalByFoldedName);
        Set<String> words = new HashSet<>();
        for (String folded : names.keySet()) {
            words.addAll(List.of(folded.split(" ", -1)));
        }
        return new KnownActors() {
            @Override
            public Optional<String> find(String foldedName) {
                return Optional.ofNullable(names.get(foldedName));
            }

            @Override
            public boolean hasWord(String foldedWord) {
                return words.contains(foldedWord);
            }
        };
    }
}
