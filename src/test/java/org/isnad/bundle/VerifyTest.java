package org.isnad.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.service.ExportRequest;
import org.isnad.service.InterchangeFormat;
import org.isnad.service.Progress;
import org.isnad.service.VerifyReport;
import org.isnad.store.H2Store;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code verify}: a single changed byte in any entry, manifest included, is found and named. */
class VerifyTest {
    @RegisterExtension
    final TempStores stores = new TempStores();
    final Path dir = stores.dir();
    final H2Store store = stores.open("db");
    Path bundle;
    BundleInterchange interchange;

    @BeforeEach
    void setUp() {
        Fixture.populate(store);
        bundle = dir.resolve("work.isnad");
        interchange = new BundleInterchange(() -> store, Fixture.CLOCK);
        interchange.export(new ExportRequest(List.of(), InterchangeFormat.ISNAD, bundle, true, "layla"), Progress.none());
    }

    @Test
    void anIntactBundleVerifies() {
        VerifyReport report = interchange.verify(bundle);
        assertTrue(report.ok(), report.problems().toString());
        assertEquals(7, report.entriesChecked());
    }

    @Test
    void aSingleChangedByteInAnyEntryIsFound() throws IOException {
        Map<String, byte[]> entries = Bundles.entries(bundle);
        int tried = 0;
        for (String name : entries.keySet()) {
            byte[] original = entries.get(name);
            for (int position : new int[] {0, original.length / 3, original.length / 2, original.length - 2, original.length - 1}) {
                Map<String, byte[]> changed = new LinkedHashMap<>(entries);
                byte[] bytes = original.clone();
                bytes[position] ^= 0x01;
                changed.put(name, bytes);
                Path file = Bundles.write(dir.resolve("changed.isnad"), changed);
                VerifyReport report = interchange.verify(file);
                assertFalse(report.ok(), name + " byte " + position);
                assertTrue(report.problems().stream().anyMatch(p -> p.entry().equals(name)),
                        name + " byte " + position + ": " + report.problems());
                tried++;
            }
        }
        assertEquals(35, tried);
    }

    @Test
    void aChangedByteInAnEntryNameOrInTheZipDirectoryIsFound() throws IOException {
        byte[] zip = Files.readAllBytes(bundle);
        int tried = 0;
        for (String name : Bundles.entries(bundle).keySet()) {
            byte[] needle = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            // each name is in its local header and in the central directory
            for (int i = 0; i + needle.length <= zip.length; i++) {
                if (java.util.Arrays.equals(zip, i, i + needle.length, needle, 0, needle.length)) {
                    byte[] copy = zip.clone();
                    copy[i + needle.length / 2] ^= 0x01;
                    assertFalse(interchange.verify(Files.write(dir.resolve("renamed.isnad"), copy)).ok(), name + " at " + i);
                    tried++;
                }
            }
        }
        assertEquals(14, tried);
        // and from the first byte of the central directory to the end, every byte that names or sizes an entry
        int central = lastIndexOf(zip, new byte[] {0x50, 0x4b, 0x01, 0x02}, zip.length);
        int firstCentral = central;
        while (central > 0) {
            firstCentral = central;
            central = lastIndexOf(zip, new byte[] {0x50, 0x4b, 0x01, 0x02}, central - 1);
        }
        // CRC (16..19) and size (24..27) of the first central record; the compressed size (20..23) only bounds
        // how far the inflater may read, so a change there alters nothing anyone reads
        for (int offset : new int[] {16, 17, 18, 19, 24, 25, 26, 27}) {
            byte[] copy = zip.clone();
            copy[firstCentral + offset] ^= 0x01;
            assertFalse(interchange.verify(Files.write(dir.resolve("directory.isnad"), copy)).ok(), "central byte " + offset);
        }
    }

    static int lastIndexOf(byte[] haystack, byte[] needle, int before) {
        for (int i = Math.min(before, haystack.length - needle.length); i >= 0; i--) {
            if (java.util.Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void missingAndUnlistedEntriesAreEachReported() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(Bundles.entries(bundle));
        entries.remove("documents/1/sets/2.json");
        entries.put("documents/1/sets/3.json", "{}".getBytes());
        VerifyReport report = interchange.verify(Bundles.write(dir.resolve("holes.isnad"), entries));
        assertEquals(2, report.problems().size(), report.problems().toString());
        assertTrue(report.problems().get(0).reason().contains("missing"));
        assertTrue(report.problems().get(1).reason().contains("not listed"));
        assertTrue(report.problems().stream().allMatch(p -> p.check().equals("sha256")));
    }

    @Test
    void verifyingNeedsNoDatabase() {
        BundleInterchange noDatabase = new BundleInterchange(() -> {
            throw new AssertionError("verify must not open a database");
        }, Fixture.CLOCK);
        assertTrue(noDatabase.verify(bundle).ok());
        VerifyReport missing = noDatabase.verify(dir.resolve("nope.isnad"));
        assertFalse(missing.ok());
        assertTrue(missing.problems().get(0).reason().contains("no such file"));
    }
}
