package org.isnad.service;

import java.util.Map;
import java.util.Optional;

/** The user name given for this run, if any: {@code --as}, else the {@code ISNAD_USER} environment variable. */
public final class GivenUserName {
    private GivenUserName() {
    }

    public static Optional<String> of(String asOption, Map<String, String> env) {
        if (asOption != null && !asOption.isBlank()) {
            return Optional.of(asOption.strip());
        }
        String fromEnv = env.get("ISNAD_USER");
        return fromEnv == null || fromEnv.isBlank() ? Optional.empty() : Optional.of(fromEnv.strip());
    }
}
