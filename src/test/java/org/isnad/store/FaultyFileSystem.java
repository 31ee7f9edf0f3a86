package org.isnad.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import org.h2.store.fs.FileBaseDefault;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * The test seam for storage faults: an H2 file system ({@code isnadfault:} before the path) that
 * passes everything to the disk until told to fail: {@link #readOnly} makes the files unwritable
 * (as a folder made read-only, or a disk remounted read-only, would), {@link #bytesLeft} is the free
 * space, past which every write fails with "No space left on device" (a full disk). The faults are
 * raised inside H2's own file I/O, so H2 meets them exactly where it would meet the real ones.
 */
public final class FaultyFileSystem extends FilePathWrapper {
    static final String PREFIX = "isnadfault:";
    static volatile boolean readOnly;
    static volatile long bytesLeft = Long.MAX_VALUE;

    static {
        FilePath.register(new FaultyFileSystem());
    }

    /** Registers the file system with H2 (once) and clears every fault. */
    static void install() {
        readOnly = false;
        bytesLeft = Long.MAX_VALUE;
    }

    @Override
    public String getScheme() {
        return "isnadfault";
    }

    @Override
    public boolean canWrite() {
        return !readOnly && super.canWrite();
    }

    @Override
    public boolean createFile() {
        return !readOnly && super.createFile();
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        if (readOnly && mode.contains("w")) {
            throw new AccessDeniedException(name, null, "Read-only file system");
        }
        return new Channel(super.open(mode));
    }

    @Override
    public java.io.OutputStream newOutputStream(boolean append) throws IOException {
        if (readOnly) {
            throw new AccessDeniedException(name, null, "Read-only file system");
        }
        return super.newOutputStream(append);
    }

    private static void beforeWrite(int bytes) throws IOException {
        if (readOnly) {
            throw new IOException("Read-only file system");
        }
        if (bytesLeft < bytes) {
            bytesLeft = 0;
            throw new IOException("No space left on device");
        }
        bytesLeft -= bytes;
    }

    static final class Channel extends FileBaseDefault {
        private final FileChannel base;

        Channel(FileChannel base) {
            this.base = base;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            beforeWrite(src.remaining());
            return base.write(src, position);
        }

        @Override
        protected void implTruncate(long size) throws IOException {
            if (readOnly) {
                throw new IOException("Read-only file system");
            }
            base.truncate(size);
        }

        @Override
        public void force(boolean metaData) throws IOException {
            if (readOnly) {
                throw new IOException("Read-only file system");
            }
            base.force(metaData);
        }

        @Override
        public synchronized FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
