package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.Document;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;
import org.isnad.service.Repositories;
import org.isnad.service.StorageException;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.ServerAnalyst;
import org.isnad.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 15 §4, "when the server goes away", on one desktop: an edit made while the server is stopped is
 * refused with a message, is not in the session's set nor on its undo stack (the view is back at the last
 * committed state), and is not in the database; when the server is back the same session saves again, the pool
 * having reconnected by itself.
 */
class ServerRestartTest {
    @RegisterExtension
    final ServerAnalyst team = new ServerAnalyst();
    private final TestPostgres server = team.server;
    private final String database = team.database;
    private final String analyst = team.name;
    private final String password = team.password;

    @Test
    void anEditWhileTheServerIsAwayIsRefusedAndUndoneAndTheSessionSavesAgainWhenItIsBack() {
        team.addToTeam();
        String text = Kimmitt.PASSAGE;
        int cue = text.indexOf("قال");
        try (Repositories store = ServerStore.open(server.address(database, analyst), password)) {
            Document doc = Samples.document("تصريحات كيميت", text, Samples.T0);
            store.documents().add(doc);
            AnnotationSession session = AnnotationSession.open(store, doc.id(), analyst, Clock.systemUTC());
            long counter = store.changes().latest();

            // the very first edit (which also creates the analyst's set) while the server is away
            StorageException first = whileTheServerIsAway(() -> session.mark(Layer.CUE, cue, cue + 3));
            assertTrue(first.getMessage().contains(server.address(database, analyst).location()), first.getMessage());
            assertTrue(session.set().spans().isEmpty(), "the refused mark is not shown");
            assertFalse(session.history().canUndo(), "nor offered for undo");

            // back: the same session saves, its set created now, on a new connection
            Span saved = session.mark(Layer.CUE, cue, cue + 3);
            int quote = text.indexOf(Kimmitt.QUOTE);
            int quoteEnd = quote + Kimmitt.QUOTE.length();
            whileTheServerIsAway(() -> session.mark(Layer.QUOTE, quote, quoteEnd));
            assertEquals(List.of(saved), session.set().spans(), "the view is back at the last committed state");
            assertEquals("action.mark.cue", session.history().undoAction().orElseThrow().key(), "the undo stack holds the saved mark only");
            Span again = session.mark(Layer.QUOTE, quote, quoteEnd);

            // what another desktop reads from the server: the two saved marks, and their audit events only
            try (Repositories other = ServerStore.open(server.address(database, analyst), password)) {
                String setId = session.set().id();
                assertEquals(List.of(saved, again), other.annotations().spansOf(setId));
                List<AuditEvent> events = other.audit().eventsOf(doc.id()).stream().filter(e -> setId.equals(e.setId())).toList();
                assertEquals(2, events.size(), events.toString());
                assertTrue(events.get(1).after().contains(again.id()), events.toString());
                // the change counter the search indexes follow counted the two saved edits
                assertEquals(java.util.Set.of(doc.id()), other.changes().changedSince(counter));
                assertTrue(other.changes().latest() >= counter + 2, "counter " + counter + " → " + other.changes().latest());
            }
        }
    }

    /**
     * The server goes away in the middle of the first edit's transaction, after the analyst's set was written and
     * before its mark was: all of it is rolled back, so the next edit must write the set again (it did not: the
     * session took the set as created, and every later edit failed for want of it).
     */
    @Test
    void aFirstEditCutShortAfterItsSetWasWrittenLeavesTheSetToTheNextEdit() throws Exception {
        team.addToTeam();
        String text = Kimmitt.PASSAGE;
        int cue = text.indexOf("قال");
        try (Repositories store = ServerStore.open(server.address(database, analyst), password)) {
            Document doc = Samples.document("تصريحات كيميت", text, Samples.T0);
            store.documents().add(doc);
            AnnotationSession session = AnnotationSession.open(store, doc.id(), analyst, Clock.systemUTC());
            try (Connection c = server.superuser(database); Statement s = c.createStatement()) {
                // the connection breaks when the span is written, as when the server stops at that moment
                s.execute("CREATE FUNCTION cut_short() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                        + "RAISE EXCEPTION 'the server went away' USING ERRCODE = '08006'; END $$");
                s.execute("CREATE TRIGGER cut_short BEFORE INSERT ON span FOR EACH ROW EXECUTE FUNCTION cut_short()");
                assertThrows(StorageException.class, () -> session.mark(Layer.CUE, cue, cue + 3));
                s.execute("DROP TRIGGER cut_short ON span");
                s.execute("DROP FUNCTION cut_short()");
            }
            assertTrue(session.set().spans().isEmpty(), "the cut-short mark is not shown");
            assertTrue(store.annotations().setsOf(doc.id()).isEmpty(), "nor its set stored");

            Span saved = session.mark(Layer.CUE, cue, cue + 3);
            assertEquals(List.of(saved), store.annotations().spansOf(session.set().id()));
        }
    }

    /** Runs {@code edit} with the server stopped; it must fail with a StorageException, which is returned. */
    private StorageException whileTheServerIsAway(Runnable edit) {
        server.stopServer();
        try {
            return assertThrows(StorageException.class, edit::run);
        } finally {
            server.startServer();
        }
    }
}
