package org.isnad.cli;

import java.util.Map;
import org.isnad.service.GivenUserName;

/** Who is acting on the command line: {@code --as}, else {@code ISNAD_USER}, else the login name. */
final class UserName {
    private UserName() {
    }

    static String resolve(String asOption, Map<String, String> env) {
        return GivenUserName.of(asOption, env).orElseGet(() -> {
            String login = System.getProperty("user.name");
            return login == null || login.isBlank() ? "analyst" : login;
        });
    }
}
