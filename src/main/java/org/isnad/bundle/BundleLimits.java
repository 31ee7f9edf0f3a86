package org.isnad.bundle;

/**
 * What a bundle may hold before it is refused as unsafe. The sizes are counted while inflating,
 * never taken from the zip headers, which an attacker writes.
 *
 * @param maxEntries           entries in the zip (directories included)
 * @param maxEntryBytes        inflated size of one entry
 * @param maxTotalBytes        inflated size of all entries together
 * @param maxCompressionRatio  inflated bytes per compressed byte, checked once an entry passes {@code ratioFloorBytes}
 * @param ratioFloorBytes      below this inflated size an entry's ratio is not judged (tiny entries compress oddly)
 * @param maxJsonDepth         nesting of JSON objects and arrays
 * @param maxNameLength        length of an entry name
 */
public record BundleLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxCompressionRatio,
                           long ratioFloorBytes, int maxJsonDepth, int maxNameLength) {

    /**
     * 10,000 entries; 64 MiB per entry (the largest article, 8 M UTF-16 units, is at most 24 MiB of
     * UTF-8); 512 MiB in all; a ratio of 100 (Arabic text deflates about 4:1, our JSON about 10:1,
     * zip bombs 1000:1) judged past 1 MiB; JSON nested 16 deep (the format needs 5); names of 255 characters.
     */
    public static final BundleLimits DEFAULT = new BundleLimits(10_000, 64L << 20, 512L << 20, 100, 1L << 20, 16, 255);

    public BundleLimits {
        if (maxEntries < 1 || maxEntryBytes < 1 || maxTotalBytes < 1 || maxCompressionRatio < 1 || maxJsonDepth < 4) {
            throw new IllegalArgumentException("bundle limits must be positive (and JSON depth at least 4)");
        }
    }
}
