package org.isnad.store;

import org.isnad.service.Repositories;
import org.isnad.testing.TestPostgres;

/** The store's contract on a real PostgreSQL server (started by the tests, see {@link TestPostgres}). */
class PostgresStoreContractTest extends StoreContract {
    private final TestPostgres server = TestPostgres.shared();
    private final String database = server.newDatabase();
    private boolean initialized;

    @Override
    Repositories openStore() {
        ServerAddress address = server.address(database, TestPostgres.SUPERUSER);
        if (!initialized) {
            initialized = true;
            return ServerStore.initialize(address, TestPostgres.SUPERUSER_PASSWORD);
        }
        return ServerStore.open(address, TestPostgres.SUPERUSER_PASSWORD);
    }
}
