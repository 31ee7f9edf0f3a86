package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.isnad.domain.Document;
import org.isnad.search.LuceneSearchIndex;
import org.isnad.service.CorpusSearch;
import org.isnad.service.Repositories;
import org.isnad.service.SearchQuery;
import org.isnad.service.TeamServer;
import org.isnad.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change counter on a team server is a horizon of transactions (migration V15, docs/adr/0009-team-server.md),
 * with no lock on the writers. A transaction that started first and commits last (its change counter's sequence
 * number lower than the one of a change committed before it) is not missed by a reader that caught up in between:
 * with the counter as the highest sequence, it was.
 */
class ChangeHorizonTest {
    private final TestPostgres server = TestPostgres.shared();
    private final String database = server.newDatabase();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String salma = "salma_" + suffix;
    private final String nadia = "nadia_" + suffix;
    private final String password = "pw-" + suffix;

    @TempDir Path temp;

    @AfterEach
    void dropUsers() throws SQLException {
        try (Connection c = server.superuser(database); Statement s = c.createStatement()) {
            for (String user : List.of(salma, nadia)) {
                s.execute("DROP OWNED BY " + user);
                s.execute("DROP ROLE IF EXISTS " + user);
            }
        }
    }

    private Repositories as(String login) {
        return ServerStore.open(server.address(database, login), password);
    }

    @Test
    void aLongTransactionThatCommitsAfterALaterOneIsNotMissedByTheSearchIndex() throws Exception {
        try (PgTeamServer admin = PgTeamServer.open(server.address(database, TestPostgres.SUPERUSER), TestPostgres.SUPERUSER_PASSWORD)) {
            admin.initialize();
            admin.addUser(salma, TeamServer.Role.ANALYST, password.toCharArray());
            admin.addUser(nadia, TeamServer.Role.ANALYST, password.toCharArray());
        }
        Document early = Samples.document("تصريحات الحكيم", "قال المتحدث الرسمي إن القافلة وصلت إلى المدينة صباح الأحد.", Samples.T0);
        Document late = Samples.document("بيان الوزارة", "أعلنت الوزارة أن الجسر سيفتح أمام السيارات الشهر المقبل.", Samples.T0);
        try (Repositories salmas = as(salma); Repositories nadias = as(nadia); Repositories reader = as(salma);
             CorpusSearch search = CorpusSearch.open(reader, LuceneSearchIndex.open(temp.resolve("index")))) {
            search.awaitCaughtUp();
            long before = reader.changes().latest();

            // Salma's transaction writes its document first (its id and sequence numbers are the lower) and stays open
            CountDownLatch written = new CountDownLatch(1);
            CountDownLatch mayCommit = new CountDownLatch(1);
            CompletableFuture<Void> longOne = CompletableFuture.runAsync(() -> salmas.transactions().inTransaction(() -> {
                salmas.documents().add(early);
                salmas.changes().documentChanged(early.id()); // as the import's audit event does
                written.countDown();
                await(mayCommit);
                return null;
            }));
            assertTrue(written.await(10, TimeUnit.SECONDS));
            // Nadia's later transaction commits meanwhile, and the reader's index catches up with it
            nadias.transactions().inTransaction(() -> {
                nadias.documents().add(late);
                nadias.changes().documentChanged(late.id());
                return null;
            });
            search.awaitCaughtUp();
            assertEquals(1, search.search(SearchQuery.of("الجسر"), 0, 10).total(), "the later document is found at once");
            assertEquals(0, search.search(SearchQuery.of("القافلة"), 0, 10).total());
            long between = search.indexCounter();
            assertFalse(reader.changes().changedSince(between).contains(early.id()), "not committed yet, so not seen");

            // the long transaction commits last
            mayCommit.countDown();
            longOne.get(10, TimeUnit.SECONDS);
            assertTrue(reader.changes().changedSince(between).contains(early.id()), "the counter the index holds still leads to it");
            search.awaitCaughtUp();
            assertEquals(1, search.search(SearchQuery.of("القافلة"), 0, 10).total(), "the early document is not missed");
            assertEquals(Set.of(early.id(), late.id()), reader.changes().changedSince(before));
            assertTrue(search.indexCounter() > between, "the horizon moved past the long transaction");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never told to commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
