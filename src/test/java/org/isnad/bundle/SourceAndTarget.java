package org.isnad.bundle;

import java.nio.file.Path;
import org.isnad.store.H2Store;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Where the interchange tests start: a source database holding the two analysts' work ({@link Fixture}) and
 * an empty target database, both real H2 in a temporary folder that also takes the files exported between them.
 */
abstract class SourceAndTarget {
    @RegisterExtension
    final TempStores stores = new TempStores();
    final Path dir = stores.dir();
    final H2Store source = stores.open("source");
    final H2Store target = stores.open("target");
    final Fixture fixture = Fixture.populate(source);
}
