package org.isnad.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.isnad.message.Message;
import org.isnad.search.LuceneSearchIndex;
import org.isnad.service.Backup;
import org.isnad.service.Backups;
import org.isnad.service.Repositories;
import org.isnad.service.SearchIndex;
import org.isnad.service.StorageException;
import org.isnad.service.TeamServer;
import org.isnad.service.signing.SigningKeys;
import org.isnad.store.DatabaseBackups;
import org.isnad.store.DatabaseLocation;
import org.isnad.store.FileSigningKeys;
import org.isnad.store.H2Store;
import org.isnad.store.KeysLocation;
import org.isnad.store.Passwords;
import org.isnad.store.PgTeamServer;
import org.isnad.store.ServerAddress;
import org.isnad.store.ServerStore;

/**
 * Opens the store that {@code --db}, {@code ISNAD_DB} or the user's data folder names: an H2 file, or a team
 * server ({@code postgresql://…}, docs/adr/0009-team-server.md).
 */
final class Stores {
    private Stores() {
    }

    static Repositories open(String dbOption) {
        Optional<ServerAddress> server = server(dbOption);
        if (server.isPresent()) {
            return ServerStore.open(server.get(), password(server.get()));
        }
        return H2Store.open(file(dbOption));
    }

    /** {@code isnad server …}: the team server that {@code --db} or {@code ISNAD_DB} names. */
    static TeamServer teamServer(String dbOption) {
        ServerAddress server = server(dbOption).orElseThrow();
        return PgTeamServer.open(server, password(server));
    }

    static Optional<ServerAddress> server(String dbOption) {
        return ServerAddress.from(dbOption, System.getenv(), System.getProperty("user.name"));
    }

    /** PGPASSWORD or ~/.pgpass; none: the server may authenticate otherwise (peer, certificate). */
    private static String password(ServerAddress server) {
        return Passwords.find(server, System.getenv(), Path.of(System.getProperty("user.home"))).orElse(null);
    }

    /**
     * The local database for File → Use the local database: the file that {@code --db} or {@code ISNAD_DB} names,
     * or the one in the data folder when they name a team server (or nothing).
     */
    static String localDb(String dbOption) {
        String db = dbOption != null && !dbOption.isBlank() ? dbOption : System.getenv("ISNAD_DB");
        if (!ServerAddress.isServer(db)) {
            return dbOption;
        }
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.remove("ISNAD_DB");
        return DatabaseLocation.resolve(null, env, System.getProperty("os.name"), Path.of(System.getProperty("user.home")))
                .toString();
    }

    static Path file(String dbOption) {
        return DatabaseLocation.resolve(dbOption, System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
    }

    /**
     * The search index beside the database (issue 12): {@code isnad.index/} next to {@code isnad.mv.db}; for a
     * team server, on this desktop in the data folder (it follows the server by its change counter).
     */
    static SearchIndex searchIndex(Repositories repositories) {
        if (repositories.serverLogin().isPresent()) {
            ServerAddress server = ServerAddress.from(repositories.location(), Map.of(), "").orElseThrow();
            return LuceneSearchIndex.open(server.localIndexFolder(System.getenv(), System.getProperty("os.name"),
                    Path.of(System.getProperty("user.home"))));
        }
        return LuceneSearchIndex.open(LuceneSearchIndex.folderBeside(repositories.location()));
    }

    /** The rolling backups of that database, in the "backups" folder beside it (docs/adr/0006-backups.md). */
    static DatabaseBackups backups(String dbOption) {
        return DatabaseBackups.of(file(dbOption));
    }

    /** The same for the command line; a team server has none of Isnad's. */
    static Backups backupsOf(String dbOption) {
        return server(dbOption).isPresent() ? new ServerBackups() : backups(dbOption);
    }

    /** The signing keys in {@code --keys DIR}, {@code ISNAD_KEYS}, or the "keys" folder next to the database. */
    static SigningKeys openKeys(String keysOption, String dbOption) {
        return new FileSigningKeys(KeysLocation.resolve(keysOption, dbOption));
    }

    /** A team server is backed up by its administrators (pg_dump, replication), not by Isnad. */
    private static final class ServerBackups implements Backups {
        @Override
        public java.util.List<Backup> list() {
            return java.util.List.of();
        }

        @Override
        public Message restore(Backup backup) {
            throw new StorageException(Message.of("store.server.no.backups"));
        }

        @Override
        public Backup takeOf(Repositories open) {
            throw new StorageException(Message.of("store.server.no.backups"));
        }
    }
}
