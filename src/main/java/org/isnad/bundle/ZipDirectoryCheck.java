package org.isnad.bundle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.isnad.service.VerifyReport.Problem;

/**
 * The zip's central directory (what most zip tools show) lists exactly the entries read from the
 * stream, in the same order, with the same CRC and size: otherwise another tool would see another
 * bundle than the one whose hashes were checked.
 */
final class ZipDirectoryCheck implements BundleCheck {
    @Override
    public String name() {
        return "zip-directory";
    }

    /** Reads at most one byte more than expected, so a directory pointing at a zip bomb costs nothing. */
    private static boolean sameContent(ZipFile zip, ZipEntry e, byte[] expected) {
        try (java.io.InputStream in = zip.getInputStream(e)) {
            byte[] read = in.readNBytes(expected.length + 1);
            return java.util.Arrays.equals(read, expected);
        } catch (IOException | RuntimeException problem) {
            return false;
        }
    }

    @Override
    public void check(OpenedBundle bundle, List<Problem> problems) {
        String where = String.valueOf(bundle.file().getFileName());
        List<ZipEntry> listed = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        try (ZipFile zip = new ZipFile(bundle.file().toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                listed.add(e);
                byte[] streamed = bundle.entries().get(e.getName());
                if (streamed != null && !sameContent(zip, e, streamed)) {
                    differing.add(e.getName());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new Problem(where, name(), "the zip's central directory is damaged: " + e.getMessage()));
            return;
        }
        for (String entry : differing) {
            problems.add(new Problem(entry, name(), "read through the zip's central directory, its content is not what the entry holds"));
        }
        List<String> streamed = List.copyOf(bundle.entries().keySet());
        List<String> names = listed.stream().map(ZipEntry::getName).toList();
        if (!names.equals(streamed)) {
            List<String> extra = new ArrayList<>(names);
            extra.removeAll(streamed);
            List<String> missing = new ArrayList<>(streamed);
            missing.removeAll(names);
            String entry = !extra.isEmpty() ? extra.get(0) : !missing.isEmpty() ? missing.get(0) : where;
            problems.add(new Problem(entry, name(), "the zip's central directory lists " + names
                    + " but its entries are " + streamed));
            return;
        }
        for (ZipEntry e : listed) {
            byte[] bytes = bundle.entries().get(e.getName());
            CRC32 crc = new CRC32();
            crc.update(bytes);
            if (e.getSize() != bytes.length || e.getCrc() != crc.getValue()) {
                problems.add(new Problem(e.getName(), name(), "the zip's central directory gives another size or CRC than the entry has"));
            }
        }
        for (Map.Entry<String, byte[]> e : bundle.entries().entrySet()) {
            if (e.getValue() == null) {
                problems.add(new Problem(e.getKey(), name(), "has no content"));
            }
        }
    }
}
