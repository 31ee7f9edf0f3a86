package org.isnad.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where signing keys are kept: the {@code --keys DIR} option, else the {@code ISNAD_KEYS}
 * environment variable, else a {@code keys} folder next to the database (so in the user's data
 * folder by default, and in a test's temporary folder when the test's database is there).
 */
public final class KeysLocation {
    static final String FOLDER = "keys";

    private KeysLocation() {
    }

    public static Path resolve(String keysOption, String dbOption, Map<String, String> env, String osName, Path userHome) {
        if (keysOption != null && !keysOption.isBlank()) {
            return Path.of(keysOption.strip());
        }
        String fromEnv = env.get("ISNAD_KEYS");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv.strip());
        }
        if (ServerAddress.isServer(dbOption != null && !dbOption.isBlank() ? dbOption : env.get("ISNAD_DB"))) {
            // a team server's users keep their signing keys on their own desktop, in the data folder
            return DatabaseLocation.dataFolder(env, osName == null ? "" : osName, userHome).resolve(FOLDER);
        }
        Path database = DatabaseLocation.resolve(dbOption, env, osName, userHome).toAbsolutePath();
        Path folder = database.getParent();
        return folder == null ? Path.of(FOLDER) : folder.resolve(FOLDER);
    }

    /** The same, for the running program. */
    public static Path resolve(String keysOption, String dbOption) {
        return resolve(keysOption, dbOption, System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
    }
}
