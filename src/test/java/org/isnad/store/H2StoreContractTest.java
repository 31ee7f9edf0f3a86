package org.isnad.store;

import org.isnad.service.Repositories;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The store's contract on an H2 file. */
class H2StoreContractTest extends StoreContract {
    @RegisterExtension
    final TempStores stores = new TempStores();

    @Override
    Repositories openStore() {
        return H2Store.open(stores.base());
    }
}
