package org.isnad.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.isnad.message.Message;
import org.isnad.service.StorageException;

/**
 * A team server named as {@code postgresql://[user@]host[:port]/database[?sslmode=…]} (by {@code --db} or
 * {@code ISNAD_DB}). It never holds a password: that comes from {@code PGPASSWORD} or {@code ~/.pgpass}
 * ({@link Passwords}). The login is the URL's user, else {@code PGUSER}, else the operating system's user,
 * as psql does.
 */
public record ServerAddress(String user, String host, int port, String database, String query) {
    public static final String SCHEME = "postgresql://";
    static final int DEFAULT_PORT = 5432;

    /** Whether {@code db} (a {@code --db} value or {@code ISNAD_DB}) names a server rather than a file. */
    public static boolean isServer(String db) {
        return org.isnad.service.TeamServer.names(db);
    }

    /** The server that {@code --db}, else {@code ISNAD_DB}, names; empty when they name a file (or nothing). */
    public static Optional<ServerAddress> from(String dbOption, Map<String, String> env, String osUser) {
        String db = dbOption != null && !dbOption.isBlank() ? dbOption : env.get("ISNAD_DB");
        return isServer(db) ? Optional.of(parse(db.strip(), env, osUser)) : Optional.empty();
    }

    static ServerAddress parse(String given, Map<String, String> env, String osUser) {
        // --db is read as a path, which folds "//" to "/": put it back
        String text = given.regionMatches(true, 0, SCHEME, 0, SCHEME.length()) ? given
                : SCHEME + given.substring("postgresql:/".length());
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw bad(text);
        }
        String host = uri.getHost();
        String path = uri.getPath();
        if (host == null || path == null || path.length() < 2 || path.indexOf('/', 1) >= 0) {
            throw bad(text);
        }
        String userInfo = uri.getUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            throw new StorageException(Message.of("store.server.password.in.url", text.replaceAll(":[^:@/]*@", ":…@")));
        }
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        if (query.toLowerCase(Locale.ROOT).matches("(^|.*&)password=.*")) {
            throw new StorageException(Message.of("store.server.password.in.url", text.replaceAll("(?i)password=[^&]*", "password=…")));
        }
        String user = userInfo != null && !userInfo.isBlank() ? userInfo
                : env.getOrDefault("PGUSER", osUser);
        return new ServerAddress(user, host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path.substring(1), query);
    }

    private static StorageException bad(String text) {
        return new StorageException(Message.of("store.server.bad.url", text));
    }

    /** The JDBC URL, with the user's query (e.g. {@code sslmode=require}) passed through. */
    String jdbcUrl() {
        return "jdbc:postgresql://" + hostForUrl() + ":" + port + "/" + database + (query.isEmpty() ? "" : "?" + query);
    }

    /** How the server is named in messages: without any secret. */
    public String location() {
        return SCHEME + user + "@" + hostForUrl() + ":" + port + "/" + database;
    }

    /**
     * The search index of this server on this desktop: one folder per server, database and login, in
     * the user's data folder (the index follows the server by its change counter, docs/adr/0009-team-server.md).
     */
    public Path localIndexFolder(Map<String, String> env, String osName, Path userHome) {
        String name = (host + "_" + port + "_" + database + "_" + user).replaceAll("[^A-Za-z0-9._-]", "_");
        return DatabaseLocation.dataFolder(env, osName == null ? "" : osName, userHome).resolve("servers").resolve(name)
                .resolve("isnad.index");
    }

    private String hostForUrl() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
