package org.isnad.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.domain.DomainException;
import org.isnad.message.Message;
import org.isnad.service.Ed25519;
import org.isnad.service.ReviewerKey;
import org.isnad.service.SigningKeys;
import org.isnad.service.StorageException;

/**
 * Signing keys as files in one folder (see {@link KeysLocation}):
 * {@code own/<hash of the user's name>.key} holds a user's key pair, readable and writable by the
 * owner only (rw------- where the file system has POSIX permissions; the folders are rwx------);
 * {@code trusted/<fingerprint>.pub} holds each imported public key in the export format. A
 * private key file that others can read is refused, as ssh does.
 */
public final class FileSigningKeys implements SigningKeys {
    static final String PRIVATE_HEADER = "isnad-private-key 1";
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);
    static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private final Path folder;
    private final boolean posix;

    public FileSigningKeys(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        this.posix = this.folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    public Path folder() {
        return folder;
    }

    /** The file that holds (or will hold) the user's key pair. */
    public Path keyFileOf(String user) {
        return folder.resolve("own").resolve(Migration.sha256(user.strip()).substring(0, 32) + ".key");
    }

    @Override
    public synchronized KeyPair keyPairOf(String user) {
        Path file = keyFileOf(user);
        if (Files.exists(file)) {
            return read(file).keyPair;
        }
        KeyPair pair = Ed25519.generate();
        String text = PRIVATE_HEADER + "\nreviewer: " + oneLine(user) + "\nprivate: " + Ed25519.encode(pair.getPrivate())
                + "\npublic: " + Ed25519.encode(pair.getPublic()) + "\n";
        writeOwnerOnly(file, text);
        return pair;
    }

    @Override
    public synchronized Optional<ReviewerKey> publicKeyOf(String user) {
        Path file = keyFileOf(user);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        OwnKey own = read(file);
        return Optional.of(new ReviewerKey(own.reviewer, Ed25519.encode(own.keyPair.getPublic())));
    }

    @Override
    public synchronized List<ReviewerKey> trusted() {
        Map<String, ReviewerKey> keys = new LinkedHashMap<>();
        for (Path file : list(folder.resolve("own"), "*.key")) {
            OwnKey own = read(file);
            ReviewerKey key = new ReviewerKey(own.reviewer, Ed25519.encode(own.keyPair.getPublic()));
            keys.putIfAbsent(key.publicKey(), key);
        }
        for (Path file : list(folder.resolve("trusted"), "*.pub")) {
            ReviewerKey key = ReviewerKey.parse(readText(file), file.toString());
            keys.putIfAbsent(key.publicKey(), key);
        }
        return new ArrayList<>(keys.values());
    }

    @Override
    public synchronized void trust(ReviewerKey key) {
        Path file = folder.resolve("trusted").resolve(key.fingerprint().substring(0, 32) + ".pub");
        createFolder(file.getParent());
        try {
            Path temp = Files.createTempFile(file.getParent(), ".import-", ".tmp");
            Files.write(temp, key.toBytes());
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException(Message.of("store.key.trust.failed",
                    key.reviewer(), file.toString(), StorageErrors.detail(e)), e);
        }
    }

    private record OwnKey(String reviewer, KeyPair keyPair) {
    }

    private OwnKey read(Path file) {
        if (posix) {
            try {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                if (!OWNER_ONLY_FILE.containsAll(permissions)) {
                    throw new StorageException(Message.of("store.key.readable", file.toString(),
                            PosixFilePermissions.toString(permissions)));
                }
            } catch (IOException e) {
                throw new StorageException(Message.of("store.key.permissions.failed",
                        file.toString(), StorageErrors.detail(e)), e);
            }
        }
        String reviewer = null;
        String privateKey = null;
        String publicKey = null;
        String[] lines = readText(file).split("\n");
        if (lines.length == 0 || !lines[0].strip().equals(PRIVATE_HEADER)) {
            throw new StorageException(Message.of("store.key.not.key.file", file.toString()));
        }
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                String value = line.substring(colon + 1).strip();
                switch (line.substring(0, colon).strip()) {
                    case "reviewer" -> reviewer = value;
                    case "private" -> privateKey = value;
                    case "public" -> publicKey = value;
                    default -> { }
                }
            }
        }
        if (reviewer == null || privateKey == null || publicKey == null) {
            throw new StorageException(Message.of("store.key.incomplete", file.toString()));
        }
        try {
            return new OwnKey(reviewer, new KeyPair(Ed25519.decodePublic(publicKey), Ed25519.decodePrivate(privateKey)));
        } catch (IllegalArgumentException e) {
            throw new StorageException(Message.of("store.key.damaged", file.toString()), e);
        }
    }

    /** Creates the file with owner-only permissions before anything secret is written into it. */
    private void writeOwnerOnly(Path file, String text) {
        createFolder(file.getParent());
        try {
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            } else {
                Files.createFile(file);
                java.io.File f = file.toFile();
                // best effort where there are no POSIX permissions (Windows keeps the user folder private)
                f.setReadable(false, false);
                f.setReadable(true, true);
                f.setWritable(false, false);
                f.setWritable(true, true);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            throw new StorageException(Message.of("store.key.appeared", file.toString()), e);
        } catch (IOException e) {
            throw new StorageException(Message.of("store.key.save.failed", file.toString(), StorageErrors.detail(e)), e);
        }
    }

    private void createFolder(Path dir) {
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                restrict(folder);
            }
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                restrict(dir);
            }
        } catch (IOException e) {
            throw new StorageException(Message.of("store.keys.folder.failed", dir.toString(), StorageErrors.detail(e)), e);
        }
    }

    private void restrict(Path dir) throws IOException {
        if (posix) {
            Files.setPosixFilePermissions(dir, OWNER_ONLY_FOLDER);
        }
    }

    private static List<Path> list(Path dir, String glob) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, glob)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new StorageException(Message.of("store.keys.list.failed", dir.toString(), StorageErrors.detail(e)), e);
        }
        files.sort(null);
        return files;
    }

    private static String readText(Path file) {
        try {
            if (Files.size(file) > ReviewerKey.MAX_FILE_BYTES) {
                throw new StorageException(Message.of("store.key.too.large", file.toString()));
            }
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new StorageException(Message.of("store.key.read.failed", file.toString(), StorageErrors.detail(e)), e);
        }
    }

    private static String oneLine(String user) {
        if (user == null || user.isBlank() || user.contains("\n") || user.contains("\r")) {
            throw new DomainException(Message.of("store.key.name.one.line"));
        }
        return user.strip();
    }
}
