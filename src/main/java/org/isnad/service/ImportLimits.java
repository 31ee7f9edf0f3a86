package org.isnad.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isnad.message.Message;

/**
 * How large an article may be, in one place for every way in: the CLI's {@code import} and
 * {@code suggest}, File → Import, files dropped on the window, and pasted text. A file is measured
 * before a byte of it is read, so a wrong file (a video, a disk image) costs nothing.
 */
public final class ImportLimits {
    /** The largest article, in UTF-16 code units of stored text (about 16 MB of Arabic). */
    public static final int MAX_TEXT_CHARS = 8_000_000;
    /** The largest text file: UTF-8 takes at most three bytes for each UTF-16 code unit. */
    public static final long MAX_FILE_BYTES = 3L * MAX_TEXT_CHARS;
    private static final long MEGABYTE = 1_000_000;

    private ImportLimits() {
    }

    /**
     * Refuses a file larger than any article could be, without reading it.
     *
     * @return the file's size in bytes
     * @throws ArticleTooLargeException naming the file, its size and the limit
     * @throws IOException when the file's size cannot be read (no such file, no permission)
     */
    public static long checkFileSize(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            Path name = file.getFileName();
            throw new ArticleTooLargeException(Message.of("service.import.file.too.large", name == null ? file.toString() : name.toString(),
                    size, megabytes(size), MAX_FILE_BYTES, megabytes(MAX_FILE_BYTES)));
        }
        return size;
    }

    /** Refuses a stored text longer than an article may be; {@code origin} names where it came from. */
    public static void checkTextLength(String text, String origin) {
        if (text.length() > MAX_TEXT_CHARS) {
            throw new ArticleTooLargeException(Message.of("service.import.too.long", origin, text.length(), MAX_TEXT_CHARS));
        }
    }

    /** Refuses pasted text longer than an article may be (counted after line endings are made LF, as it is stored). */
    public static void checkPastedLength(String text) {
        if (text.length() > MAX_TEXT_CHARS) {
            throw new ArticleTooLargeException(Message.of("service.import.pasted.too.long", text.length(), MAX_TEXT_CHARS));
        }
    }

    /** Whole megabytes (10^6 bytes), rounded up so that a size just over the limit never reads as the limit. */
    private static long megabytes(long bytes) {
        return (bytes + MEGABYTE - 1) / MEGABYTE;
    }
}
