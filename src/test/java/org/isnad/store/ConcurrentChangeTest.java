package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.isnad.domain.Actor;
import org.isnad.service.ConcurrentChangeException;
import org.isnad.service.CorpusChanges;
import org.isnad.service.Repositories;
import org.isnad.service.SpeakerDirectory;
import org.isnad.service.TeamServer;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two users change the same actor at once on a team server: one wins, the other is told, nothing is overwritten. */
class ConcurrentChangeTest {
    private final TestPostgres server = TestPostgres.shared();
    private final String database = server.newDatabase();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String salma = "salma_" + suffix;
    private final String khaled = "khaled_" + suffix;
    private final String password = "pw-" + suffix;

    private Repositories as(String login) {
        return ServerStore.open(server.address(database, login), password);
    }

    @AfterEach
    void dropUsers() throws SQLException {
        try (Connection c = server.superuser(database); Statement s = c.createStatement()) {
            for (String user : List.of(salma, khaled)) {
                s.execute("DROP OWNED BY " + user);
                s.execute("DROP ROLE " + user);
            }
        }
    }

    @Test
    void twoUsersChangeTheSameActorAtOnceOneWinsTheOtherIsTold() throws Exception {
        try (PgTeamServer admin = PgTeamServer.open(server.address(database, TestPostgres.SUPERUSER), TestPostgres.SUPERUSER_PASSWORD)) {
            admin.initialize();
            admin.addUser(salma, TeamServer.Role.ANALYST, password.toCharArray());
            admin.addUser(khaled, TeamServer.Role.ANALYST, password.toCharArray());
        }
        try (Repositories a = as(salma); Repositories b = as(khaled)) {
            Actor seen = Kimmitt.actor();
            a.actors().add(seen);
            SpeakerDirectory salmas = new SpeakerDirectory(a, Clock.systemUTC(), new CorpusChanges());
            SpeakerDirectory khaleds = new SpeakerDirectory(b, Clock.systemUTC(), new CorpusChanges());
            Actor bySalma = withName(seen, "مارك كيميت (جنرال)");
            Actor byKhaled = withName(seen, "الجنرال مارك كيميت");

            CountDownLatch khaledWaits = new CountDownLatch(1);
            CompletableFuture<Throwable> khaledsTry = new CompletableFuture<>();
            a.transactions().run(() -> {
                salmas.update(seen, bySalma, salma);
                // Salma's change is made but not yet committed: Khaled's, from the same view, starts now
                Thread khaledThread = new Thread(() -> {
                    try {
                        khaleds.update(seen, byKhaled, khaled);
                        khaledsTry.complete(null);
                    } catch (Throwable t) {
                        khaledsTry.complete(t);
                    }
                });
                khaledThread.start();
                awaitWaitingForLock();
                khaledWaits.countDown();
            });
            Throwable told = khaledsTry.get(20, TimeUnit.SECONDS);
            assertEquals(0, khaledWaits.getCount());
            assertTrue(told instanceof ConcurrentChangeException, String.valueOf(told));
            assertTrue(told.getMessage().contains("was changed by someone else meanwhile"), told.getMessage());
            assertTrue(told.getMessage().contains(bySalma.canonicalName()), told.getMessage());

            assertEquals(bySalma, b.actors().find(seen.id()).orElseThrow(), "Salma's change stands");
            assertEquals(List.of(salma), actorEdits(), "only the winner's edit is recorded");

            // a view that is stale (read before Salma's change) is refused as well, also later
            assertThrows(ConcurrentChangeException.class, () -> khaleds.update(seen, byKhaled, khaled));
            Actor fresh = b.actors().find(seen.id()).orElseThrow();
            khaleds.update(fresh, withName(fresh, "الجنرال مارك كيميت"), khaled);
            assertEquals("الجنرال مارك كيميت", a.actors().find(seen.id()).orElseThrow().canonicalName());
        }
    }

    private List<String> actorEdits() throws SQLException {
        List<String> users = new java.util.ArrayList<>();
        try (Connection c = server.superuser(database); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT user_name FROM audit_event WHERE action = 'edit actor' ORDER BY sequence")) {
            while (rows.next()) {
                users.add(rows.getString(1));
            }
        }
        return users;
    }

    private static Actor withName(Actor a, String name) {
        return new Actor(a.id(), name, a.latinName(), a.aliases(), a.kind(), a.role(), a.wikidataId());
    }

    /** Until the server shows one session of this database waiting for a row lock (Khaled's). */
    private void awaitWaitingForLock() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        try (Connection c = server.superuser(database);
             PreparedStatement waiting = c.prepareStatement(
                     "SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND wait_event_type = 'Lock'")) {
            waiting.setString(1, database);
            while (System.nanoTime() < deadline) {
                try (ResultSet row = waiting.executeQuery()) {
                    row.next();
                    if (row.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("Khaled's change did not wait for Salma's lock");
    }
}
