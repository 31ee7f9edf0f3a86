package org.isnad.bundle;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.isnad.message.Message;

/**
 * Reads every entry of a zip into memory under {@link BundleLimits}: unsafe names, duplicates, too
 * many entries, oversized entries and zip-bomb ratios are refused while inflating, by counting the
 * bytes really produced and consumed (the sizes in the headers are not believed).
 */
final class SafeZipReader {
    private SafeZipReader() {
    }

    /** The entries by name, in the order they are stored; directories are skipped (but counted). */
    static Map<String, byte[]> read(Path file, BundleLimits limits) {
        String bundle = String.valueOf(file.getFileName());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        String current = bundle;
        try (InputStream raw = Files.newInputStream(file);
             CountingStream counted = new CountingStream(new BufferedInputStream(raw));
             ZipInputStream zip = new ZipInputStream(counted)) {
            int count = 0;
            long total = 0;
            byte[] buffer = new byte[16 * 1024];
            while (true) {
                ZipEntry entry;
                try {
                    entry = zip.getNextEntry();
                } catch (IllegalArgumentException e) {
                    throw new BundleRefusal(bundle, Message.of("bundle.zip.nameUtf8"));
                }
                if (entry == null) {
                    break;
                }
                String name = entry.getName();
                current = name;
                Message unsafe = EntryNames.unsafe(name, limits.maxNameLength());
                if (unsafe != null) {
                    throw new BundleRefusal(printable(name), unsafe);
                }
                if (++count > limits.maxEntries()) {
                    throw new BundleRefusal(name, Message.of("bundle.zip.tooManyEntries", limits.maxEntries()));
                }
                if (entries.containsKey(name) || entries.containsKey(name.endsWith("/") ? name : name + "/")) {
                    throw new BundleRefusal(name, Message.of("bundle.zip.duplicate"));
                }
                long startCompressed = counted.count();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                long size = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (size > limits.maxEntryBytes()) {
                        throw new BundleRefusal(name, Message.of("bundle.zip.entryTooLarge", limits.maxEntryBytes()));
                    }
                    if (total > limits.maxTotalBytes()) {
                        throw new BundleRefusal(name, Message.of("bundle.zip.totalTooLarge", limits.maxTotalBytes()));
                    }
                    long compressed = Math.max(1, counted.count() - startCompressed);
                    if (size > limits.ratioFloorBytes() && size > compressed * limits.maxCompressionRatio()) {
                        throw new BundleRefusal(name, Message.of("bundle.zip.bomb", limits.maxCompressionRatio(), size, compressed));
                    }
                    out.write(buffer, 0, n);
                }
                if (entry.isDirectory()) {
                    if (size > 0) {
                        throw new BundleRefusal(name, Message.of("bundle.zip.folderWithContent"));
                    }
                    entries.put(name, null);
                } else {
                    entries.put(name, out.toByteArray());
                }
            }
        } catch (NoSuchFileException e) {
            throw new BundleRefusal(bundle, Message.of("bundle.file.missing"));
        } catch (ZipException e) {
            throw new BundleRefusal(printable(current), Message.of("bundle.zip.damaged", e.getMessage()));
        } catch (java.io.EOFException e) {
            throw new BundleRefusal(printable(current), Message.of("bundle.zip.cutShort"));
        } catch (IOException e) {
            throw new BundleRefusal(bundle, Message.of("bundle.zip.unreadable", e.getMessage()));
        }
        entries.values().removeIf(v -> v == null);
        return entries;
    }

    private static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }

    /** Counts the bytes the zip reader pulls, i.e. the compressed bytes it has consumed. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
