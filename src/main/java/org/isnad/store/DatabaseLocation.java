package org.isnad.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the database lives: the {@code --db PATH} option, else the {@code ISNAD_DB} environment
 * variable, else a file named {@code isnad} in the user's data folder. The result is the H2 base
 * path, without the {@code .mv.db} suffix that H2 adds.
 */
public final class DatabaseLocation {
    /** The suffix H2 adds to the base path; people often pass the whole file name. */
    public static final String H2_SUFFIX = ".mv.db";
    static final String BASE_NAME = "isnad";

    private DatabaseLocation() {
    }

    /**
     * @param dbOption the value of {@code --db}, or null when it was not given
     * @param env the environment ({@code System.getenv()})
     * @param osName the {@code os.name} system property
     * @param userHome the {@code user.home} system property
     */
    public static Path resolve(String dbOption, Map<String, String> env, String osName, Path userHome) {
        if (isSet(dbOption)) {
            return Path.of(stripSuffix(dbOption.strip()));
        }
        String fromEnv = env.get("ISNAD_DB");
        if (isSet(fromEnv)) {
            return Path.of(stripSuffix(fromEnv.strip()));
        }
        return dataFolder(env, osName == null ? "" : osName, userHome).resolve(BASE_NAME);
    }

    /** The same, for the running program. */
    public static Path resolve(String dbOption) {
        return resolve(dbOption, System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    static Path dataFolder(Map<String, String> env, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path roaming = isSet(appData) ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return roaming.resolve("Isnad");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Isnad");
        }
        // XDG Base Directory spec: a relative XDG_DATA_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_DATA_HOME");
        if (isSet(xdg) && xdg.startsWith("/")) {
            return Path.of(xdg).resolve("isnad");
        }
        return userHome.resolve(".local").resolve("share").resolve("isnad");
    }

    static String stripSuffix(String path) {
        if (path.length() > H2_SUFFIX.length()
                && path.regionMatches(true, path.length() - H2_SUFFIX.length(), H2_SUFFIX, 0, H2_SUFFIX.length())) {
            return path.substring(0, path.length() - H2_SUFFIX.length());
        }
        return path;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
