package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.domain.Actor;
import org.isnad.service.Repositories;
import org.isnad.service.StorageException;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.ServerAnalyst;
import org.isnad.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On a team server a nested call has no savepoint (a round trip each): when it fails, the whole transaction is
 * rolled back, also when its caller caught the failure and went on; nothing of it is saved, and the caller is told.
 */
class ServerTransactionsTest {
    @RegisterExtension
    final ServerAnalyst team = new ServerAnalyst();
    private final TestPostgres server = team.server;
    private final String database = team.database;
    private final String analyst = team.name;
    private final String password = team.password;

    @Test
    void aFailedNestedCallThatWasCaughtRollsTheWholeTransactionBack() {
        team.addToTeam();
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
