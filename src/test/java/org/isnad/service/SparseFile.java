package org.isnad.service;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/** Files of a given size that take no disk space: for size limits that must refuse a file before reading it. */
public final class SparseFile {
    private SparseFile() {
    }

    /** {@code dir/name} with {@code size} bytes (zeros), made by setting its length only. */
    public static Path of(Path dir, String name, long size) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
        return file;
    }
}
