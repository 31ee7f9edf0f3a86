package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.Document;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuditLogTest {
    @RegisterExtension
    final TempStores stores = new TempStores();

    @Test
    void eventsComeBackInOrderWithSequenceNumbersFromTheLog() {
        Document doc = Samples.document("التحالف", Kimmitt.SENTENCE, Samples.T0);
        AuditEvent imported = new AuditEvent(0, doc.id(), null, "سلمى", Samples.T0, "import", "استيراد «التحالف»", null, null);
        AuditEvent marked = new AuditEvent(99, doc.id(), "set-1", "سلمى", Samples.T0.plusMillis(1), "add-span",
                "إضافة متحدث «مارك كيميت»", null, "{\"layer\":\"SPEAKER\",\"start\":4,\"end\":14}");
        AuditEvent changed = new AuditEvent(0, doc.id(), "set-1", "مراجع", Samples.T0.plusSeconds(60), "edit-span",
                "تعديل الاقتباس", "{\"type\":\"DIRECT\"}", "{\"type\":\"INDIRECT\"}");
        AuditEvent elsewhere = new AuditEvent(0, "other-doc", null, "سلمى", Samples.T0, "import", "استيراد خبر آخر", null, null);
        try (H2Store store = stores.open()) {
            store.documents().add(doc);
            store.audit().append(imported);
            store.audit().append(marked);
            store.audit().append(elsewhere);
            store.audit().append(changed);
        }
        try (H2Store store = stores.open()) {
            List<AuditEvent> events = store.audit().eventsOf(doc.id());
            assertEquals(3, events.size());
            assertTrue(events.get(0).sequence() < events.get(1).sequence() && events.get(1).sequence() < events.get(2).sequence());
            assertEquals(List.of(withSequence(imported, events.get(0).sequence()), withSequence(marked, events.get(1).sequence()),
                    withSequence(changed, events.get(2).sequence())), events);
            assertEquals(List.of(), store.audit().eventsOf("nothing-here"));
        }
    }

    private static AuditEvent withSequence(AuditEvent e, long sequence) {
        return new AuditEvent(sequence, e.documentId(), e.setId(), e.user(), e.at(), e.action(), e.description(), e.before(), e.after());
    }
}
