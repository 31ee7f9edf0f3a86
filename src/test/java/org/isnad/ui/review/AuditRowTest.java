package org.isnad.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The audit trail as the History table shows it: who, what, before and after, from the real audit log. */
class AuditRowTest {
    @RegisterExtension
    final TempStores stores = new TempStores();

    @Test
    void everyEditAndReviewStepIsALineWithWhoAndWhat() {
        ReviewFixture f = new ReviewFixture(stores);
        f.submit();
        f.service.review(f.setId, ReviewFixture.REVIEWER).reject(f.quote.id(), "ends\ntoo early");
        List<AuditRow> rows = AuditRow.of(f.text, f.service.auditTrail(f.documentId));
        AuditRow submit = rows.stream().filter(r -> r.what().startsWith("Submit")).findFirst().orElseThrow();
        assertEquals("layla", submit.who());
        assertEquals("state=in progress", submit.before());
        assertEquals("state=submitted", submit.after());
        AuditRow last = rows.get(rows.size() - 1);
        assertEquals("omar", last.who());
        assertTrue(!last.after().contains("\n"), "one line: " + last.after());
        assertTrue(rows.stream().filter(r -> r.who().equals("layla")).count() >= 5, "the marks and the submission");
    }

    @Test
    void severalLinesBecomeOne() {
        assertEquals("a · b · c", AuditRow.oneLine("a\n b \nc\n"));
        assertEquals("", AuditRow.oneLine(null));
    }
}
