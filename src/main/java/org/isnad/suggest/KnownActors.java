package org.isnad.suggest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The actors the engine may name: looked up by a folded name or alias (see {@link QuoteSuggester#foldName}). */
@FunctionalInterface
public interface KnownActors {

    /** The canonical name of the actor called {@code foldedName}, if there is one. */
    Optional<String> find(String foldedName);

    /** No registry: every speaker is named by its mention (the CLI has no database). */
    static KnownActors none() {
        return name -> Optional.empty();
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
        return folded -> Optional.ofNullable(byFolded.get(folded));
    }
}
