package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.isnad.domain.Actor;
import org.isnad.service.Repositories;
import org.isnad.service.StorageException;
import org.isnad.service.TeamServer;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * On a team server a nested call has no savepoint (a round trip each): when it fails, the whole transaction is
 * rolled back, also when its caller caught the failure and went on; nothing of it is saved, and the caller is told.
 */
class ServerTransactionsTest {
    private final TestPostgres server = TestPostgres.shared();
    private final String database = server.newDatabase();
    private final String analyst = "nadia_" + UUID.randomUUID().toString().substring(0, 8);
    private final String password = "pw-" + analyst;

    @AfterEach
    void dropUser() throws Exception {
        try (Connection c = server.superuser(database); Statement s = c.createStatement()) {
            s.execute("DROP OWNED BY " + analyst);
            s.execute("DROP ROLE " + analyst);
        }
    }

    @Test
    void aFailedNestedCallThatWasCaughtRollsTheWholeTransactionBack() {
        try (PgTeamServer admin = PgTeamServer.open(server.address(database, TestPostgres.SUPERUSER), TestPostgres.SUPERUSER_PASSWORD)) {
            admin.initialize();
            admin.addUser(analyst, TeamServer.Role.ANALYST, password.toCharArray());
        }
        Actor reuters = Kimmitt.reutersActor();
        Actor kimmitt = Kimmitt.actor();
        try (Repositories store = ServerStore.open(server.address(database, analyst), password)) {
            StorageException told = assertThrows(StorageException.class, () -> store.transactions().run(() -> {
                store.actors().add(reuters);
                assertThrows(StorageException.class, () -> store.transactions().run(() -> {
                    store.actors().add(kimmitt);
                    store.actors().add(reuters); // duplicate: the nested work fails
                }));
            }));
            assertTrue(told.getMessage().contains("none of it was saved"), told.getMessage());
            assertEquals(List.of(), store.actors().all(), "nothing of the transaction was saved");

            // the store goes on: the next transaction commits
            store.actors().add(reuters);
            assertEquals(List.of(reuters), store.actors().all());
        }
    }
}
