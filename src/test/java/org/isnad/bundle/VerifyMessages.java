package org.isnad.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.service.VerifyReport;

/**
 * A verify problem says each thing once: "unknown key: signed by …", never "unknown key: unknown key:
 * signed by …" nor "invalid: signature invalid: …". A message repeats its prefix when the words
 * before one of its colons come back, colon and all, later in the message.
 */
final class VerifyMessages {
    private VerifyMessages() {
    }

    /** The prefix that comes back, or null when the message is clean. */
    static String repeatedPrefix(String message) {
        int from = 0;
        for (int colon = message.indexOf(": "); colon >= 0; colon = message.indexOf(": ", colon + 2)) {
            String prefix = message.substring(from, colon).strip();
            if (!prefix.isEmpty() && message.indexOf(prefix + ":", colon + 2) >= 0) {
                return prefix;
            }
            from = colon + 2;
        }
        return null;
    }

    static void assertClean(String message) {
        assertEquals(null, repeatedPrefix(message), "repeats its prefix: " + message);
    }

    static void assertClean(VerifyReport report) {
        assertTrue(report.problems().stream().allMatch(p -> !p.reason().isBlank()), report.problems().toString());
        report.problems().forEach(p -> assertClean(p.toString()));
    }
}
