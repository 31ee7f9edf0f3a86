package org.isnad.ui.review;

import java.util.List;
import org.isnad.domain.AuditEvent;
import org.isnad.ui.language.UiText;

/** One line of the audit trail table: when, who, what, and the state before and after, each on one line. */
public record AuditRow(String when, String who, String what, String before, String after) {

    public static AuditRow of(UiText text, AuditEvent event) {
        return new AuditRow(VerdictWords.when(text, event.at()), event.user(), oneLine(event.description()),
                oneLine(event.before()), oneLine(event.after()));
    }

    public static List<AuditRow> of(UiText text, List<AuditEvent> events) {
        return events.stream().map(e -> of(text, e)).toList();
    }

    /** Several changed lines shown on one, separated by " · ". */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return String.join(" · ", text.strip().split("\\s*\\n\\s*"));
    }
}
