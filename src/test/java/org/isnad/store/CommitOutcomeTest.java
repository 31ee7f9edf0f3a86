package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.Document;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;
import org.isnad.service.Repositories;
import org.isnad.service.StorageException;
import org.isnad.service.TeamServer;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 §4: a connection lost during COMMIT itself. The server may or may not have committed; the program asks
 * it (by the transaction's id) on a new connection, and shows the edit as saved exactly when the server holds it.
 * The connection is cut by a proxy that reads the wire protocol ({@link CommitCuttingProxy}), at the COMMIT.
 */
class CommitOutcomeTest {
    private final TestPostgres server = TestPostgres.shared();
    private final String database = server.newDatabase();
    private final String analyst = "nadia_" + UUID.randomUUID().toString().substring(0, 8);
    private final String password = "pw-" + analyst;
    private final String text = Kimmitt.PASSAGE;
    private final int cue = text.indexOf("قال");
    private CommitCuttingProxy proxy;

    @BeforeEach
    void setUp() throws Exception {
        try (PgTeamServer admin = PgTeamServer.open(server.address(database, TestPostgres.SUPERUSER), TestPostgres.SUPERUSER_PASSWORD)) {
            admin.initialize();
            admin.addUser(analyst, TeamServer.Role.ANALYST, password.toCharArray());
        }
        proxy = new CommitCuttingProxy(server.port());
    }

    @AfterEach
    void tearDown() throws Exception {
        proxy.close();
        try (Connection c = server.superuser(database); Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + analyst + "'");
            s.execute("DROP OWNED BY " + analyst);
            s.execute("DROP ROLE " + analyst);
        }
    }

    private Repositories throughProxy() {
        return ServerStore.open(new ServerAddress(analyst, "127.0.0.1", proxy.port(), database, ""), password);
    }

    private Repositories direct() {
        return ServerStore.open(server.address(database, analyst), password);
    }

    @Test
    void anEditCommittedByTheServerWhoseAnswerWasLostIsShownAsSaved() throws Exception {
        try (Repositories store = throughProxy()) {
            Document doc = Samples.document("تصريحات كيميت", text, Samples.T0);
            store.documents().add(doc);
            AnnotationSession session = AnnotationSession.open(store, doc.id(), analyst, Clock.systemUTC());
            Span first = session.mark(Layer.CUE, cue, cue + 3);

            proxy.arm(CommitCuttingProxy.Cut.AFTER);
            int quote = text.indexOf(Kimmitt.QUOTE);
            Span saved = session.mark(Layer.QUOTE, quote, quote + Kimmitt.QUOTE.length());
            assertTrue(proxy.didCut(), "the connection was cut after the server committed");

            assertEquals(List.of(first, saved), session.set().spans(), "shown as saved");
            assertEquals("action.mark.quote", session.history().undoAction().orElseThrow().key(), "and offered for undo");
            try (Repositories other = direct()) {
                assertEquals(List.of(first, saved), other.annotations().spansOf(session.set().id()), "the server holds it");
                List<AuditEvent> events = other.audit().eventsOf(doc.id()).stream().filter(e -> session.set().id().equals(e.setId())).toList();
                assertEquals(2, events.size(), "one audit event each, none twice: " + events);
            }
            // the session goes on saving on a new connection
            Span next = session.mark(Layer.SPEAKER, text.indexOf("كيميت"), text.indexOf("كيميت") + 5);
            assertEquals(List.of(first, next, saved), store.annotations().spansOf(session.set().id()), "in reading order");
        }
    }

    @Test
    void anEditWhoseCommitNeverReachedTheServerIsShownAsNotSaved() throws Exception {
        try (Repositories store = throughProxy()) {
            Document doc = Samples.document("تصريحات كيميت", text, Samples.T0);
            store.documents().add(doc);
            AnnotationSession session = AnnotationSession.open(store, doc.id(), analyst, Clock.systemUTC());
            Span first = session.mark(Layer.CUE, cue, cue + 3);

            proxy.arm(CommitCuttingProxy.Cut.BEFORE);
            int quote = text.indexOf(Kimmitt.QUOTE);
            StorageException e = assertThrows(StorageException.class,
                    () -> session.mark(Layer.QUOTE, quote, quote + Kimmitt.QUOTE.length()));
            assertTrue(proxy.didCut());
            assertTrue(e.getMessage().contains("was not saved"), e.getMessage());
            assertEquals(List.of(first), session.set().spans(), "not shown");
            assertEquals("action.mark.cue", session.history().undoAction().orElseThrow().key(), "nor offered for undo");
            try (Repositories other = direct()) {
                assertEquals(List.of(first), other.annotations().spansOf(session.set().id()), "the server does not hold it");
            }
        }
    }

    /**
     * The client's side broke but the server's session still waits, its transaction in progress: it is the login's
     * own, so the program ends it, and the edit is then known not to be saved.
     */
    @Test
    void aSessionLeftWaitingForItsCommitIsEndedAndTheEditShownAsNotSaved() throws Exception {
        try (Repositories store = throughProxy()) {
            Document doc = Samples.document("تصريحات كيميت", text, Samples.T0);
            store.documents().add(doc);
            AnnotationSession session = AnnotationSession.open(store, doc.id(), analyst, Clock.systemUTC());
            Span first = session.mark(Layer.CUE, cue, cue + 3);

            proxy.arm(CommitCuttingProxy.Cut.CLIENT_ONLY);
            int quote = text.indexOf(Kimmitt.QUOTE);
            StorageException e = assertThrows(StorageException.class,
                    () -> session.mark(Layer.QUOTE, quote, quote + Kimmitt.QUOTE.length()));
            assertTrue(proxy.didCut());
            assertTrue(e.getMessage().contains("was not saved"), e.getMessage());
            assertEquals(List.of(first), session.set().spans());
            try (Repositories other = direct()) {
                assertEquals(List.of(first), other.annotations().spansOf(session.set().id()));
            }
            assertFalse(idleInTransaction(), "the waiting session was ended");
        }
    }

    /** The server committed, then cannot be asked: the edit is not acknowledged, and the message says it may be saved. */
    @Test
    void whenTheServerCannotBeAskedTheMessageSaysTheOutcomeIsUnknown() throws Exception {
        long patience = CommitOutcome.patienceMs;
        CommitOutcome.patienceMs = 1_000;
        try (Repositories store = throughProxy()) {
            Document doc = Samples.document("تصريحات كيميت", text, Samples.T0);
            store.documents().add(doc);
            AnnotationSession session = AnnotationSession.open(store, doc.id(), analyst, Clock.systemUTC());
            Span first = session.mark(Layer.CUE, cue, cue + 3);

            proxy.arm(CommitCuttingProxy.Cut.AFTER_THEN_AWAY);
            int quote = text.indexOf(Kimmitt.QUOTE);
            StorageException e = assertThrows(StorageException.class,
                    () -> session.mark(Layer.QUOTE, quote, quote + Kimmitt.QUOTE.length()));
            assertTrue(proxy.didCut());
            assertTrue(e.getMessage().contains("whether it kept it"), e.getMessage());
            assertFalse(e.getMessage().contains("was not saved"), "not said to be unsaved: " + e.getMessage());
            assertEquals(List.of(first), session.set().spans(), "not acknowledged");
            try (Repositories other = direct()) {
                assertEquals(2, other.annotations().spansOf(session.set().id()).size(), "the server did keep it");
            }
        } finally {
            CommitOutcome.patienceMs = patience;
        }
    }

    private boolean idleInTransaction() throws SQLException {
        try (Connection c = server.superuser(database); Statement s = c.createStatement();
             var rows = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE usename = '" + analyst
                     + "' AND state = 'idle in transaction'")) {
            rows.next();
            return rows.getInt(1) > 0;
        }
    }
}
