package org.isnad.bundle;

import java.util.List;
import org.isnad.service.VerifyReport;

/**
 * One check of a whole bundle, adding a problem per failure. Hashes now; sign-off signatures will
 * be another check beside it.
 */
interface BundleCheck {
    /** A short name for reports, e.g. {@code sha256}. */
    String name();

    void check(OpenedBundle bundle, List<VerifyReport.Problem> problems);
}
