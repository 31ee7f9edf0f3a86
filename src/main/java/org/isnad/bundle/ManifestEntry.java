package org.isnad.bundle;

/** One entry as the manifest lists it: its path in the zip, the SHA-256 of its bytes, and its size. */
record ManifestEntry(String path, String sha256, long size) {
    static ManifestEntry of(String path, byte[] bytes) {
        return new ManifestEntry(path, Digests.sha256Hex(bytes), bytes.length);
    }
}
