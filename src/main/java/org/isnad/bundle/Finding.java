package org.isnad.bundle;

import org.isnad.message.Message;
import org.isnad.service.VerifyReport;

/** One problem a {@link BundleCheck} found: the entry it concerns, which check, and why (as a message). */
record Finding(String entry, String check, Message reason) {

    /**
     * The problem for the report. The report carries the reason as text (the CLI prints it in its
     * JSON), so it gets the English; this is the one place to change when it carries a {@link Message}.
     */
    VerifyReport.Problem toProblem() {
        return new VerifyReport.Problem(entry, check, reason.english());
    }
}
