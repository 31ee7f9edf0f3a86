package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.isnad.search.LuceneSearchIndex;
import org.isnad.service.CorpusSearch;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.service.Repositories;
import org.isnad.service.SearchQuery;
import org.isnad.service.SharedChange;
import org.isnad.service.SharedChanges;
import org.isnad.service.TeamServer;
import org.isnad.testing.SampleArticles;
import org.isnad.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Other users' work reaches a desktop through LISTEN/NOTIFY within 2 s, also after the connection was lost. */
class SharedChangesTest {
    private final TestPostgres server = TestPostgres.shared();
    private final String database = server.newDatabase();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String salma = "salma_" + suffix;
    private final String khaled = "khaled_" + suffix;
    private final String password = "pw-" + suffix;

    @TempDir Path temp;

    private Repositories as(String login) {
        return ServerStore.open(server.address(database, login), password);
    }

    private void setUp() {
        try (PgTeamServer admin = PgTeamServer.open(server.address(database, TestPostgres.SUPERUSER), TestPostgres.SUPERUSER_PASSWORD)) {
            admin.initialize();
            admin.addUser(salma, TeamServer.Role.ANALYST, password.toCharArray());
            admin.addUser(khaled, TeamServer.Role.REVIEWER, password.toCharArray());
        }
    }

    @AfterEach
    void dropUsers() throws SQLException {
        try (Connection c = server.superuser(database); Statement s = c.createStatement()) {
            for (String user : List.of(salma, khaled)) {
                s.execute("DROP OWNED BY " + user);
                s.execute("DROP ROLE IF EXISTS " + user);
            }
        }
    }

    private static void awaitListening(Repositories store) throws InterruptedException {
        PgChangeListener listener = (PgChangeListener) store.sharedChanges();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!listener.listening() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(listener.listening(), "the listener is connected");
    }

    @Test
    void aDocumentImportedByAnotherUserIsToldWithin2Seconds() throws Exception {
        setUp();
        try (Repositories khaleds = as(khaled); Repositories salmas = as(salma)) {
            LinkedBlockingQueue<SharedChange> heard = new LinkedBlockingQueue<>();
            SharedChanges.Subscription subscription = khaleds.sharedChanges().listen(heard::add);
            awaitListening(khaleds);

            long start = System.nanoTime();
            String id = new Library(salmas, Clock.systemUTC()).importFile(SampleArticles.bytes(SampleArticles.ALHURRA),
                    SampleArticles.fileName(SampleArticles.ALHURRA), ImportOptions.none(), salma).document().id();
            SharedChange change = heard.poll(2, TimeUnit.SECONDS);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertNotNull(change, "Salma's import reached Khaled's desktop within 2 s");
            assertEquals(id, change.document().orElseThrow());
            assertTrue(change.madeBy(salma), "told who made it: " + change);
            assertFalse(change.madeBy(khaled));
            assertTrue(ms < 2_000, ms + " ms");

            subscription.close();
            new Library(salmas, Clock.systemUTC()).importText("قال مارك كيميت إن العمل مستمر.", "second.txt",
                    ImportOptions.none(), salma);
            assertEquals(null, heard.poll(1, TimeUnit.SECONDS), "a closed subscription hears nothing more");
        }
    }

    /** This program's own commits are shown already and not told; the same login's in another program are. */
    @Test
    void ownCommitsAreNotToldButTheSameLoginsInAnotherProgramAre() throws Exception {
        setUp();
        try (Repositories salmas = as(salma); Repositories salmasElsewhere = as(salma)) {
            LinkedBlockingQueue<SharedChange> heard = new LinkedBlockingQueue<>();
            salmas.sharedChanges().listen(heard::add);
            awaitListening(salmas);
            new Library(salmas, Clock.systemUTC()).importText("قال مارك كيميت إن العمل مستمر.", "here.txt", ImportOptions.none(), salma);
            assertEquals(null, heard.poll(1500, TimeUnit.MILLISECONDS), "this program's own import is not told");

            String id = new Library(salmasElsewhere, Clock.systemUTC()).importText("قال المتحدث إن القافلة وصلت.", "elsewhere.txt",
                    ImportOptions.none(), salma).document().id();
            SharedChange change = heard.poll(2, TimeUnit.SECONDS);
            assertNotNull(change, "the same login's import in another program is told");
            assertEquals(id, change.document().orElseThrow());
            assertTrue(change.madeBy(salma));
        }
    }

    @Test
    void aRolledBackChangeIsNotTold() throws Exception {
        setUp();
        try (Repositories khaleds = as(khaled); Repositories salmas = as(salma)) {
            LinkedBlockingQueue<SharedChange> heard = new LinkedBlockingQueue<>();
            khaleds.sharedChanges().listen(heard::add);
            awaitListening(khaleds);
            try {
                salmas.transactions().run(() -> {
                    new Library(salmas, Clock.systemUTC()).importText("قال مارك كيميت إن العمل مستمر.", "x.txt",
                            ImportOptions.none(), salma);
                    throw new IllegalStateException("given up");
                });
            } catch (IllegalStateException expected) {
                // rolled back
            }
            assertEquals(null, heard.poll(1500, TimeUnit.MILLISECONDS), "nothing committed, nothing told");
        }
    }

    @Test
    void theListenerComesBackAfterItsConnectionWasLostAndTheSearchIndexFollowsOtherUsers() throws Exception {
        setUp();
        try (Repositories khaleds = as(khaled); Repositories salmas = as(salma);
             CorpusSearch search = CorpusSearch.open(khaleds, LuceneSearchIndex.open(temp.resolve("index")))) {
            LinkedBlockingQueue<SharedChange> heard = new LinkedBlockingQueue<>();
            khaleds.sharedChanges().listen(heard::add);
            search.followOtherDesktops();
            awaitListening(khaleds);

            // the server ends the listener's session (as a server restart does)
            try (Connection c = server.superuser(database); Statement s = c.createStatement()) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'isnad-changes'"
                        + " AND usename = '" + khaled + "'");
            }
            SharedChange back = heard.poll(10, TimeUnit.SECONDS);
            assertNotNull(back, "told that the server is back");
            assertTrue(back.isReconnect(), back.toString());

            new Library(salmas, Clock.systemUTC()).importFile(SampleArticles.bytes(SampleArticles.ALHURRA),
                    SampleArticles.fileName(SampleArticles.ALHURRA), ImportOptions.none(), salma);
            SharedChange change = heard.poll(2, TimeUnit.SECONDS);
            assertNotNull(change, "changes are heard again after the reconnect");
            assertTrue(change.madeBy(salma));

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            long hits = 0;
            while (System.nanoTime() < deadline && (hits = search.search(SearchQuery.of("كيميت"), 0, 10).total()) == 0) {
                Thread.sleep(50);
            }
            assertTrue(hits > 0, "Khaled's own search index has Salma's article, without a commit of his");
            assertEquals(salmas.changes().latest(), search.indexCounter());
        }
    }
}
