package org.isnad.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Taking bundles apart and putting (tampered) ones together for tests. */
final class Bundles {
    private Bundles() {
    }

    static Map<String, byte[]> entries(Path bundle) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(bundle)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    /** Writes the entries as they are (the manifest untouched: hashes may no longer match). */
    static Path write(Path file, Map<String, byte[]> entries) throws IOException {
        Files.write(file, NativeBundleWriter.zip(entries));
        return file;
    }

    /** Writes the entries with a fresh manifest that lists them all, so only the content itself is wrong. */
    static Path writeWithManifest(Path file, Map<String, byte[]> entries) throws IOException {
        return writeWithManifest(file, entries, BundleManifest.VERSION);
    }

    /** As {@link #writeWithManifest(Path, Map)}, with a manifest of the given format version (an older Isnad's bundle). */
    static Path writeWithManifest(Path file, Map<String, byte[]> entries, int version) throws IOException {
        Map<String, byte[]> all = new LinkedHashMap<>();
        List<ManifestEntry> listed = new ArrayList<>();
        entries.forEach((name, bytes) -> {
            if (!name.equals(EntryNames.MANIFEST)) {
                listed.add(ManifestEntry.of(name, bytes));
            }
        });
        all.put(EntryNames.MANIFEST, new BundleManifest(version, "tester", "Isnad test", java.time.Instant.parse("2024-09-24T09:00:00Z"),
                listed).bytes());
        entries.forEach((name, bytes) -> {
            if (!name.equals(EntryNames.MANIFEST)) {
                all.put(name, bytes);
            }
        });
        return write(file, all);
    }
}
