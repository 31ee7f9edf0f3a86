package org.isnad.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Where H2 writes a commit in the file: always at the end while Isnad has the database open
 * (docs/adr/0003-h2-durability.md, "Chunk placement"). With space reuse on (H2's default), a chunk
 * may go into a hole in the middle of the file, and after {@code kill -9} H2's recovery did not
 * always find such chunks: the crash test lost acknowledged commands that way (9 of 25 in one round).
 * Appended chunks are always found. Space is reused again, and the file compacted, when it is closed.
 */
final class ChunkPlacement {
    private ChunkPlacement() {
    }

    static void appendOnly(Connection connection, boolean appendOnly) throws SQLException {
        MVStore store = mvStore(connection);
        if (store != null) {
            store.setReuseSpace(!appendOnly);
        }
    }

    private static MVStore mvStore(Connection connection) throws SQLException {
        JdbcConnection h2 = connection.unwrap(JdbcConnection.class);
        if (h2.getSession() instanceof SessionLocal local && local.getDatabase().getStore() != null) {
            return local.getDatabase().getStore().getMvStore();
        }
        return null;
    }
}
