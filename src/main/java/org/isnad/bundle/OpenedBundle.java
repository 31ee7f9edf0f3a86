package org.isnad.bundle;

import java.nio.file.Path;
import java.util.Map;

/** A bundle's entries as read (safely) from the zip, with its parsed manifest; nothing checked beyond that yet. */
record OpenedBundle(Path file, Map<String, byte[]> entries, BundleManifest manifest) {
}
