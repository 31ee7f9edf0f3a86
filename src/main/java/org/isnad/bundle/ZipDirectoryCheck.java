package org.isnad.bundle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.isnad.message.Message;

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
    public void check(OpenedBundle bundle, List<Finding> problems) {
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
            problems.add(problem(where, Message.of("bundle.zip.directoryDamaged", e.getMessage())));
            return;
        }
        for (String entry : differing) {
            problems.add(problem(entry, Message.of("bundle.zip.directoryContent")));
        }
        List<String> streamed = List.copyOf(bundle.entries().keySet());
        List<String> names = listed.stream().map(ZipEntry::getName).toList();
        if (!names.equals(streamed)) {
            List<String> extra = new ArrayList<>(names);
            extra.removeAll(streamed);
            List<String> missing = new ArrayList<>(streamed);
            missing.removeAll(names);
            String entry = !extra.isEmpty() ? extra.get(0) : !missing.isEmpty() ? missing.get(0) : where;
            problems.add(problem(entry, Message.of("bundle.zip.directoryLists", names, streamed)));
            return;
        }
        for (ZipEntry e : listed) {
            byte[] bytes = bundle.entries().get(e.getName());
            CRC32 crc = new CRC32();
            crc.update(bytes);
            if (e.getSize() != bytes.length || e.getCrc() != crc.getValue()) {
                problems.add(problem(e.getName(), Message.of("bundle.zip.directorySize")));
            }
        }
        for (Map.Entry<String, byte[]> e : bundle.entries().entrySet()) {
            if (e.getValue() == null) {
                problems.add(problem(e.getKey(), Message.of("bundle.zip.noContent")));
            }
        }
    }

    private Finding problem(String entry, Message reason) {
        return new Finding(entry, name(), reason);
    }
}
