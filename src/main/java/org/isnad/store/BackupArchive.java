package org.isnad.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.isnad.message.Message;
import org.isnad.service.StorageException;

/** A backup zip read back into a database file: one entry, within a size limit, and checked to open as an Isnad database. */
final class BackupArchive {
    /** A backup's database is read with this limit on its inflated size (a backup is ours, but a file can be swapped). */
    private static final long MAX_RESTORED_BYTES = 64L << 30;

    private BackupArchive() {
    }

    static void extract(Path zip, Path target) throws IOException {
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.getName().endsWith(DatabaseLocation.H2_SUFFIX) || e.getName().contains("/") || found) {
                    throw new StorageException(Message.of("store.backup.unexpected.entry", zip.getFileName().toString(),
                            e.getName()));
                }
                found = true;
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.TRUNCATE_EXISTING)) {
                    copyLimited(in, out, zip);
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new StorageException(Message.of("store.backup.damaged",
                    zip.getFileName().toString(), StorageErrors.detail(e)), e);
        }
        if (!found) {
            throw new StorageException(Message.of("store.backup.empty", zip.getFileName().toString()));
        }
    }

    private static void copyLimited(InputStream in, OutputStream out, Path zip) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > MAX_RESTORED_BYTES) {
                throw new StorageException(Message.of("store.backup.too.large",
                        zip.getFileName().toString(), MAX_RESTORED_BYTES));
            }
            out.write(buffer, 0, n);
        }
    }

    /** The restored file must open as an Isnad database (and is brought to the current schema meanwhile). */
    static void checkOpens(Path restored, String name) {
        try {
            H2Store.open(restored).close();
        } catch (StorageException e) {
            throw new StorageException(Message.of("store.backup.not.database", name, e.message()), e);
        }
    }
}
