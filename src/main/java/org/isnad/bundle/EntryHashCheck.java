package org.isnad.bundle;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.service.VerifyReport.Problem;

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
    public void check(OpenedBundle bundle, List<Problem> problems) {
        Map<String, byte[]> entries = bundle.entries();
        Set<String> listed = new HashSet<>();
        for (ManifestEntry e : bundle.manifest().entries()) {
            if (!listed.add(e.path())) {
                problems.add(new Problem(EntryNames.MANIFEST, name(), "lists " + e.path() + " twice"));
                continue;
            }
            byte[] bytes = entries.get(e.path());
            if (bytes == null) {
                problems.add(new Problem(e.path(), name(), "is listed in the manifest but missing from the bundle"));
                continue;
            }
            if (bytes.length != e.size()) {
                problems.add(new Problem(e.path(), name(), "has " + bytes.length + " bytes; the manifest says " + e.size()));
            }
            String actual = Digests.sha256Hex(bytes);
            if (!actual.equals(e.sha256())) {
                problems.add(new Problem(e.path(), name(), "has SHA-256 " + actual + "; the manifest says " + e.sha256()
                        + " (the entry was changed after the bundle was made)"));
            }
        }
        for (String path : entries.keySet()) {
            if (path.equals(EntryNames.MANIFEST)) {
                continue;
            }
            if (!EntryNames.known(path)) {
                problems.add(new Problem(path, name(), "is not part of the isnad-bundle format"));
            } else if (!listed.contains(path)) {
                problems.add(new Problem(path, name(), "is not listed in the manifest"));
            }
        }
        if (!listed.contains(EntryNames.ACTORS)) {
            problems.add(new Problem(EntryNames.ACTORS, name(), "is missing (the manifest does not list it)"));
        }
    }
}
