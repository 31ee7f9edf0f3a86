package org.isnad.bundle;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.TreeMap;
import org.isnad.store.RawDatabase;

/**
 * Every row of every table of a store's H2 file, as sorted text, read through a second JDBC
 * connection in the same JVM (H2 shares the open database): equal dumps mean an unchanged database.
 */
final class StoreDump {
    private StoreDump() {
    }

    /** {@code base} is the path given to H2Store.open (without .mv.db). */
    static TreeMap<String, List<String>> of(Path base) {
        try {
            return RawDatabase.dump(base);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
