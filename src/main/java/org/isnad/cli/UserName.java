package org.isnad.cli;

import java.util.Map;

/** Who is acting on the command line: {@code --as}, else {@code ISNAD_USER}, else the login name. */
public final class UserName {
    private UserName() {
    }

    public static String resolve(String asOption, Map<String, String> env) {
        if (asOption != null && !asOption.isBlank()) {
            return asOption.strip();
        }
        String fromEnv = env.get("ISNAD_USER");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.strip();
        }
        String login = System.getProperty("user.name");
        return login == null || login.isBlank() ? "analyst" : login;
    }
}
