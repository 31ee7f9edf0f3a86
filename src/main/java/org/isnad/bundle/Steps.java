package org.isnad.bundle;

import org.isnad.message.Message;
import org.isnad.service.Progress;

/**
 * The steps an import or export reports, as messages. {@link Progress} takes the step as text
 * today, so it gets the English; this is the one place to change when the port carries a
 * {@link Message}.
 */
final class Steps {
    private Steps() {
    }

    static void report(Progress progress, long done, long total, Message step) {
        progress.report(done, total, step);
    }

    static Message reading(Object what) {
        return Message.of("bundle.step.reading", what);
    }

    static Message writing() {
        return Message.of("bundle.step.writing");
    }

    static Message done() {
        return Message.of("bundle.step.done");
    }
}
