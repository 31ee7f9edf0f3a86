package org.isnad.bundle;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.message.Message;

/**
 * Every entry the manifest lists is there with the listed size and SHA-256; every other entry is
 * listed; and every entry is one the format knows.
 */
final class EntryHashCheck implements BundleCheck {
    @Override
    public String name() {
        return "sha256";
    }

    @Override
    public void check(OpenedBundle bundle, List<Finding> problems) {
        Map<String, byte[]> entries = bundle.entries();
        Set<String> listed = new HashSet<>();
        for (ManifestEntry e : bundle.manifest().entries()) {
            if (!listed.add(e.path())) {
                problems.add(problem(EntryNames.MANIFEST, Message.of("bundle.hash.listedTwice", e.path())));
                continue;
            }
            byte[] bytes = entries.get(e.path());
            if (bytes == null) {
                problems.add(problem(e.path(), Message.of("bundle.hash.missing")));
                continue;
            }
            if (bytes.length != e.size()) {
                problems.add(problem(e.path(), Message.of("bundle.hash.size", bytes.length, e.size())));
            }
            String actual = Digests.sha256Hex(bytes);
            if (!actual.equals(e.sha256())) {
                problems.add(problem(e.path(), Message.of("bundle.hash.sha", actual, e.sha256())));
            }
        }
        for (String path : entries.keySet()) {
            if (path.equals(EntryNames.MANIFEST)) {
                continue;
            }
            if (!EntryNames.known(path)) {
                problems.add(problem(path, Message.of("bundle.hash.unknownEntry")));
            } else if (!listed.contains(path)) {
                problems.add(problem(path, Message.of("bundle.hash.unlisted")));
            }
        }
        if (!listed.contains(EntryNames.ACTORS)) {
            problems.add(problem(EntryNames.ACTORS, Message.of("bundle.hash.noActors")));
        }
    }

    private Finding problem(String entry, Message reason) {
        return new Finding(entry, name(), reason);
    }
}
