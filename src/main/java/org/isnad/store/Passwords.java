package org.isnad.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A login's password, found as libpq finds it: {@code PGPASSWORD}, else the first matching line of
 * {@code PGPASSFILE} or {@code ~/.pgpass} ({@code host:port:database:username:password}, {@code *} matches
 * anything, {@code \} escapes {@code :} and {@code \}). Never from a command line, never written anywhere.
 */
public final class Passwords {
    private Passwords() {
    }

    public static Optional<String> find(ServerAddress server, Map<String, String> env, Path userHome) {
        String fromEnv = env.get("PGPASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return Optional.of(fromEnv);
        }
        String file = env.get("PGPASSFILE");
        Path pgpass = file != null && !file.isBlank() ? Path.of(file) : userHome.resolve(".pgpass");
        if (!Files.isReadable(pgpass)) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(pgpass, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = fields(line);
                if (fields.size() == 5 && matches(fields.get(0), server.host())
                        && matches(fields.get(1), Integer.toString(server.port()))
                        && matches(fields.get(2), server.database()) && matches(fields.get(3), server.user())) {
                    return Optional.of(fields.get(4));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value)
                || (pattern.equals("localhost") && value.equals("127.0.0.1"));
    }

    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                current.append(line.charAt(++i));
            } else if (ch == ':' && fields.size() < 4) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        fields.add(current.toString());
        return fields;
    }
}
