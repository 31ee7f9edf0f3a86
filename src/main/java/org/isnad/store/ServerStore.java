package org.isnad.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.isnad.message.Message;
import org.isnad.service.Repositories;
import org.isnad.service.StorageException;

/**
 * Isnad's data on a PostgreSQL team server: the same repositories as on H2, over pooled connections
 * (docs/adr/0009-team-server.md). Opening checks that the schema is current; only {@link #initialize} (run by
 * {@code server init}, by the database's owner) changes it.
 */
public final class ServerStore {
    private ServerStore() {
    }

    /** Opens the server's store as {@code server.user()}; refused when the schema is missing or older. */
    public static Repositories open(ServerAddress server, String password) {
        return open(server, password, false);
    }

    /** Opens the store, first bringing the schema up to date (needs the right to create tables). */
    public static Repositories initialize(ServerAddress server, String password) {
        return open(server, password, true);
    }

    private static String currentUser(Connection c) throws SQLException {
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet row = s.executeQuery("SELECT current_user")) {
            row.next();
            return row.getString(1);
        }
    }

    private static Repositories open(ServerAddress server, String password, boolean migrate) {
        ServerConnections connections = ServerConnections.open(server, password);
        try {
            String login;
            try (Connection c = connections.connection()) {
                login = currentUser(c);
                Migrations migrations = Migrations.shipped(Dialect.POSTGRESQL);
                if (migrate) {
                    migrations.migrate(c, server.location());
                    H2Catalog.foldMissingTitles(c);
                    c.commit();
                } else if (migrations.pending(c)) {
                    throw new StorageException(Message.of("store.server.not.initialized", server.location()));
                } else {
                    migrations.refuseNewer(c, server.location());
                }
                c.rollback();
            } catch (SQLException e) {
                throw StorageErrors.failed(Message.of("store.do.schema.version"), server.location(), e);
            }
            H2Transactions tx = new H2Transactions(connections, server.location(), false);
            return new H2Store(null, tx).withServerLogin(login)
                    .withSharedChanges(new PgChangeListener(server, password, tx::committedHere));
        } catch (RuntimeException | Error e) {
            connections.close();
            throw e;
        }
    }
}
