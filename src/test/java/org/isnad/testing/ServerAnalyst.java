package org.isnad.testing;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.isnad.service.TeamServer;
import org.isnad.store.PgTeamServer;
import org.isnad.store.ServerAddress;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One analyst's login on a new team database of the shared test PostgreSQL ({@code @RegisterExtension}): {@link
 * #addToTeam} sets the database up as its owner would ({@code server init}, {@code server add-user}); after each
 * test the analyst's sessions are ended and the login is dropped.
 */
public final class ServerAnalyst implements AfterEachCallback {
    public final TestPostgres server = TestPostgres.shared();
    public final String database = server.newDatabase();
    public final String name = "nadia_" + UUID.randomUUID().toString().substring(0, 8);
    public final String password = "pw-" + name;

    /** The schema and the roles, and this analyst in the analysts' group. */
    public void addToTeam() {
        try (PgTeamServer admin = PgTeamServer.open(server.address(database, TestPostgres.SUPERUSER), TestPostgres.SUPERUSER_PASSWORD)) {
            admin.initialize();
            admin.addUser(name, TeamServer.Role.ANALYST, password.toCharArray());
        }
    }

    /** The analyst's address on the server. */
    public ServerAddress address() {
        return server.address(database, name);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try (Connection c = server.superuser(database); Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + name + "'");
            s.execute("DROP OWNED BY " + name);
            s.execute("DROP ROLE " + name);
        }
    }
}
