package org.isnad.bundle;

import java.util.List;

/** One check of a whole bundle (hashes, the zip's directory, sign-off signatures), adding a finding per failure. */
interface BundleCheck {
    /** A short name for reports, e.g. {@code sha256}. */
    String name();

    void check(OpenedBundle bundle, List<Finding> findings);
}
