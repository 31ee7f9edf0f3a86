package org.isnad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.isnad.message.Message;
import org.isnad.service.ActorMergeLog;
import org.isnad.service.ActorRepository;
import org.isnad.service.AnnotationRepository;
import org.isnad.service.AssignmentRepository;
import org.isnad.service.AuditLog;
import org.isnad.service.ChangeFeed;
import org.isnad.service.CurationRepository;
import org.isnad.service.CatalogRepository;
import org.isnad.service.ClaimRepository;
import org.isnad.service.DirectoryRepository;
import org.isnad.service.DocumentRepository;
import org.isnad.service.Repositories;
import org.isnad.service.ReviewRepository;
import org.isnad.service.StorageException;
import org.isnad.service.SuggestionRejections;
import org.isnad.service.Transactions;

/**
 * Isnad's data in one H2 file, through one connection. Every repository call outside
 * {@link Transactions#inTransaction} is committed (and written to the file) before it returns.
 */
public final class H2Store implements Repositories {
    /** H2 itself lets a second connection of the same JVM in; Isnad does not, to match the other-process case. */
    static final Set<Path> OPEN_HERE = ConcurrentHashMap.newKeySet();
    private static final String USER = "isnad";

    private final Path base;
    private final H2Transactions tx;
    private String serverLogin;
    private PgChangeListener sharedChanges;
    private final DocumentRepository documents;
    private final ActorRepository actors;
    private final AnnotationRepository annotations;
    private final AuditLog audit;
    private final SuggestionRejections suggestionRejections;
    private final ReviewRepository reviews;
    private final ChangeFeed changes;
    private final CatalogRepository catalog;
    private final DirectoryRepository directory;
    private final ActorMergeLog mergeLog;
    private final AssignmentRepository assignments;
    private final CurationRepository curations;
    private final ClaimRepository claims;

    /** {@code base}: the H2 file's base path, or null on a server (see {@link ServerStore}). */
    H2Store(Path base, H2Transactions tx) {
        this.base = base;
        this.tx = tx;
        H2DocumentRepository documentRows = new H2DocumentRepository(tx);
        this.documents = documentRows;
        this.actors = new H2ActorRepository(tx);
        this.catalog = new H2Catalog(tx, documentRows);
        this.directory = new H2Directory(tx, actors);
        this.mergeLog = new H2ActorMergeLog(tx);
        this.annotations = new H2AnnotationRepository(tx);
        this.changes = new H2ChangeFeed(tx);
        this.audit = new H2AuditLog(tx, changes);
        this.suggestionRejections = new H2SuggestionRejections(tx);
        this.reviews = new H2ReviewRepository(tx);
        this.assignments = new H2AssignmentRepository(tx);
        this.curations = new H2CurationRepository(tx);
        this.claims = new H2ClaimRepository(tx);
    }

    /**
     * Opens (creating it if needed) the database whose H2 base path is {@code databaseFile}, i.e. the
     * file {@code databaseFile + ".mv.db"}, and brings its schema up to date.
     *
     * @throws StorageException when the file is in use by another Isnad, damaged, or from a newer Isnad
     */
    public static H2Store open(Path databaseFile) {
        return open(databaseFile, true);
    }

    /**
     * {@code syncToDisk}: force the file to the disk after each committed change (CHECKPOINT SYNC),
     * see docs/adr/0003-h2-durability.md; false only for measurements.
     */
    static H2Store open(Path databaseFile, boolean syncToDisk) {
        return open(databaseFile, syncToDisk, DatabaseUrl.FILE);
    }

    /** {@code fileSystem}: H2's file system prefix; tests put a fault-injecting one in ("file:" otherwise). */
    static H2Store open(Path databaseFile, boolean syncToDisk, String fileSystem) {
        Path base = baseOf(databaseFile);
        String location = base + DatabaseLocation.H2_SUFFIX;
        String url = DatabaseUrl.of(base, fileSystem);
        createFolder(base.getParent(), location);
        if (!OPEN_HERE.add(base)) {
            throw StorageErrors.alreadyOpen(location, null);
        }
        Connection connection = null;
        try {
            connection = connect(url, location);
            connection.setAutoCommit(false);
            refuseIfReadOnly(connection, location);
            ChunkPlacement.appendOnly(connection, true);
            Migrations.shipped().migrate(connection, location);
            H2Catalog.foldMissingTitles(connection);
            return new H2Store(base, new H2Transactions(connection, location, syncToDisk));
        } catch (SQLException e) {
            closeQuietly(connection);
            OPEN_HERE.remove(base);
            throw StorageErrors.onOpen(location, e);
        } catch (RuntimeException | Error e) {
            closeQuietly(connection);
            OPEN_HERE.remove(base);
            throw e;
        }
    }

    /** The H2 base path (absolute, without {@code .mv.db}) of a database file given either way. */
    static Path baseOf(Path databaseFile) {
        return Path.of(DatabaseLocation.stripSuffix(databaseFile.toAbsolutePath().normalize().toString()));
    }

    /**
     * H2 opens a file it may not write read-only, and says so only at the first change; Isnad
     * commits every action at once, so it says so now.
     */
    private static void refuseIfReadOnly(Connection connection, String location) throws SQLException {
        if (connection.isReadOnly()) {
            throw StorageErrors.readOnly(location, null);
        }
    }

    private static Connection connect(String url, String location) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", USER);
        credentials.setProperty("password", "");
        Connection connection = new org.h2.Driver().connect(url, credentials);
        if (connection == null) {
            throw new StorageException(Message.of("store.h2.refused.address", location));
        }
        return connection;
    }

    private static void createFolder(Path folder, String location) {
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StorageException(Message.of("store.folder.failed",
                    folder.toString(), location, StorageErrors.detail(e)), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the original error is the one worth reporting
            }
        }
    }

    @Override
    public DocumentRepository documents() {
        return documents;
    }

    @Override
    public ActorRepository actors() {
        return actors;
    }

    @Override
    public AnnotationRepository annotations() {
        return annotations;
    }

    @Override
    public AuditLog audit() {
        return audit;
    }

    @Override
    public ReviewRepository reviews() {
        return reviews;
    }

    @Override
    public AssignmentRepository assignments() {
        return assignments;
    }

    @Override
    public CurationRepository curations() {
        return curations;
    }

    @Override
    public ClaimRepository claims() {
        return claims;
    }

    @Override
    public SuggestionRejections suggestionRejections() {
        return suggestionRejections;
    }

    @Override
    public ChangeFeed changes() {
        return changes;
    }

    @Override
    public CatalogRepository catalog() {
        return catalog;
    }

    @Override
    public DirectoryRepository directory() {
        return directory;
    }

    @Override
    public ActorMergeLog mergeLog() {
        return mergeLog;
    }

    @Override
    public Transactions transactions() {
        return tx;
    }

    /** On a server: the login the store is connected as (set by {@link ServerStore}). */
    H2Store withServerLogin(String login) {
        this.serverLogin = login;
        return this;
    }

    /** On a server: where other users' work is heard of (set by {@link ServerStore}). */
    H2Store withSharedChanges(PgChangeListener listener) {
        this.sharedChanges = listener;
        return this;
    }

    @Override
    public org.isnad.service.SharedChanges sharedChanges() {
        return sharedChanges == null ? org.isnad.service.SharedChanges.NONE : sharedChanges;
    }

    @Override
    public java.util.Optional<String> serverLogin() {
        return java.util.Optional.ofNullable(serverLogin);
    }

    /** The database file, e.g. {@code /home/u/.local/share/isnad/isnad.mv.db}. */
    @Override
    public String location() {
        return tx.location();
    }

    @Override
    public void close() {
        try {
            if (sharedChanges != null) {
                sharedChanges.close();
            }
            tx.close();
        } finally {
            if (base != null) {
                OPEN_HERE.remove(base);
            }
        }
    }
}
