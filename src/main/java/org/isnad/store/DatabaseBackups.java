package org.isnad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.isnad.message.Message;
import org.isnad.service.Backup;
import org.isnad.service.Backups;
import org.isnad.service.Repositories;
import org.isnad.service.StorageException;

/**
 * The rolling backups of one database, in the folder {@code backups} beside its file
 * (docs/adr/0006-backups.md). A backup is H2's {@code BACKUP TO}: a zip holding a consistent copy
 * of the {@code .mv.db} file, taken through the open connection under the store's lock, so no
 * change is half in it. {@code NAME-yyyyMMdd-HHmmss-SSS.zip} (UTC) are the rolling backups, of
 * which the newest {@link #KEEP} are kept; {@code NAME-…-before-restore.zip} are the safety copies
 * a restore makes, never deleted by Isnad.
 */
public final class DatabaseBackups implements Backups {
    public static final String FOLDER = "backups";
    /** Rolling backups kept per database; older ones are deleted after each new backup. */
    public static final int KEEP = 10;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final String SAFETY = "-before-restore";

    private final Path base;
    private final Path folder;
    private final String baseName;
    private final Clock clock;
    private final int keep;
    private final Pattern names;

    private DatabaseBackups(Path base, Clock clock, int keep) {
        this.base = base;
        Path parent = base.getParent() == null ? Path.of("").toAbsolutePath() : base.getParent();
        this.folder = parent.resolve(FOLDER);
        this.baseName = base.getFileName().toString();
        this.clock = clock;
        this.keep = keep;
        this.names = Pattern.compile(Pattern.quote(baseName) + "-([0-9]{8}-[0-9]{6}-[0-9]{3})(" + SAFETY + ")?\\.zip");
    }

    /** The backups of the database {@code databaseFile} (with or without {@code .mv.db}). */
    public static DatabaseBackups of(Path databaseFile) {
        return new DatabaseBackups(H2Store.baseOf(databaseFile), Clock.systemUTC(), KEEP);
    }

    static DatabaseBackups of(Path databaseFile, Clock clock, int keep) {
        return new DatabaseBackups(H2Store.baseOf(databaseFile), clock, keep);
    }

    /** The backups folder, e.g. {@code ~/.local/share/isnad/backups}. */
    public Path folder() {
        return folder;
    }

    private Path databaseFile() {
        return Path.of(base + DatabaseLocation.H2_SUFFIX);
    }

    @Override
    public List<Backup> list() {
        List<Backup> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, baseName + "-*.zip")) {
            for (Path file : files) {
                parse(file.getFileName().toString()).ifPresent(at -> found.add(new Backup(file.getFileName().toString(), at,
                        sizeOf(file))));
            }
        } catch (IOException e) {
            throw new StorageException(Message.of("store.backups.list.failed",
                    folder.toString(), StorageErrors.detail(e)), e);
        }
        found.sort(Comparator.comparing(Backup::takenAt).thenComparing(Backup::name).reversed());
        return found;
    }

    private Optional<Instant> parse(String name) {
        Matcher m = names.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The backup of that name, when it is one of this database's. */
    public Optional<Backup> find(String name) {
        return list().stream().filter(b -> b.name().equals(name)).findFirst();
    }

    @Override
    public Backup takeOf(Repositories open) {
        if (open instanceof H2Store store) {
            return take(store);
        }
        return Backups.super.takeOf(open);
    }

    /**
     * Takes a backup of {@code store} (which must be this database) while it is open, then deletes
     * the rolling backups beyond the newest {@link #KEEP}. Changes wait while the copy is made.
     */
    public Backup take(H2Store store) {
        if (!Path.of(store.location()).equals(databaseFile())) {
            throw new IllegalArgumentException("these are the backups of " + databaseFile() + ", not of " + store.location());
        }
        createFolder();
        Instant at = clock.instant();
        String name = nameAt(at, "");
        Path target = folder.resolve(name);
        Path part = folder.resolve("." + name + ".part");
        H2Transactions tx = (H2Transactions) store.transactions();
        tx.read(Message.of("store.do.backup", folder.toString()), c -> {
            try (PreparedStatement backup = c.prepareStatement("BACKUP TO ?")) {
                backup.setString(1, part.toString());
                backup.execute();
            }
            return null;
        });
        try {
            forceFile(part);
            move(part, target);
        } catch (IOException e) {
            deleteQuietly(part);
            throw new StorageException(Message.of("store.backup.finish.failed",
                    target.toString(), StorageErrors.detail(e)), e);
        }
        prune();
        return new Backup(name, parse(name).orElse(at), sizeOf(target));
    }

    /** The name of a backup taken at {@code at}; a later one in the same millisecond gets the next free millisecond. */
    private String nameAt(Instant at, String suffix) {
        Instant t = at;
        while (true) {
            String name = baseName + "-" + STAMP.format(LocalDateTime.ofInstant(t, ZoneOffset.UTC)) + suffix + ".zip";
            if (!Files.exists(folder.resolve(name))) {
                return name;
            }
            t = t.plusMillis(1);
        }
    }

    private void prune() {
        List<Backup> rolling = list().stream().filter(b -> !b.name().endsWith(SAFETY + ".zip")).toList();
        for (Backup old : rolling.subList(Math.min(keep, rolling.size()), rolling.size())) {
            deleteQuietly(folder.resolve(old.name()));
        }
    }

    @Override
    public Message restore(Backup backup) {
        return restore(backup.name());
    }

    /**
     * Puts the database back as it was in the backup {@code name}: refused while the database is open
     * (in this program or another); the current file is first kept as a safety copy
     * ({@code NAME-…-before-restore.zip}); the backup is checked to open as an Isnad database before it
     * replaces the file, which happens in one rename.
     */
    public Message restore(String name) {
        Backup backup = find(name).orElseThrow(() -> new StorageException(Message.of("store.backup.missing", name,
                folder.toString())));
        Path location = databaseFile();
        if (!H2Store.OPEN_HERE.add(base)) {
            throw StorageErrors.alreadyOpen(location.toString(), null);
        }
        Path restored = null;
        try (FileChannel current = Files.exists(location)
                ? FileChannel.open(location, StandardOpenOption.READ, StandardOpenOption.WRITE) : null;
             FileLock lock = current == null ? null : lockOrRefuse(current, location)) {
            restored = Files.createTempFile(location.getParent(), "." + baseName + "-restoring-", DatabaseLocation.H2_SUFFIX);
            BackupArchive.extract(folder.resolve(backup.name()), restored);
            BackupArchive.checkOpens(restored, backup.name());
            String safety = null;
            if (current != null) {
                safety = nameAt(clock.instant(), SAFETY);
                keepSafetyCopy(current, folder.resolve(safety));
            }
            forceFile(restored);
            move(restored, location);
            restored = null;
            return safety == null ? Message.of("store.restored", backup.name(), location.toString())
                    : Message.of("store.restored.safety",
                            backup.name(), location.toString(), folder.resolve(safety).toString());
        } catch (IOException e) {
            throw new StorageException(Message.of("store.backup.restore.failed", backup.name(), location.toString(),
                    StorageErrors.detail(e)), e);
        } finally {
            if (restored != null) {
                deleteQuietly(restored);
            }
            H2Store.OPEN_HERE.remove(base);
        }
    }

    /** H2 holds an operating-system lock on the file while it is open; holding it here keeps others out meanwhile. */
    private static FileLock lockOrRefuse(FileChannel channel, Path location) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw StorageErrors.alreadyOpen(location.toString(), null);
        }
        return lock;
    }

    private void keepSafetyCopy(FileChannel current, Path target) throws IOException {
        createFolder();
        Path part = folder.resolve("." + target.getFileName() + ".part");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
            zip.putNextEntry(new ZipEntry(baseName + DatabaseLocation.H2_SUFFIX));
            current.position(0);
            InputStream in = java.nio.channels.Channels.newInputStream(current);
            in.transferTo(zip);
            zip.closeEntry();
        }
        forceFile(part);
        move(part, target);
    }

    private void createFolder() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StorageException(Message.of("store.backups.folder.failed",
                    folder.toString(), StorageErrors.detail(e)), e);
        }
    }

    private static void forceFile(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.force(true);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover file is harmless; the backup or restore already reported what mattered
        }
    }
}
