package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.isnad.message.Message;
import org.isnad.service.StorageException;
import org.isnad.service.TeamServer;

/** {@link TeamServer} on PostgreSQL, connected as the login that runs {@code server …} (the owner for init). */
public final class PgTeamServer implements TeamServer {
    /** A login name as PostgreSQL takes it unquoted, lower case (so that current_user matches the annotator). */
    private static final Pattern LOGIN = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final ServerAddress server;
    private final ServerConnections connections;

    private PgTeamServer(ServerAddress server, ServerConnections connections) {
        this.server = server;
        this.connections = connections;
    }

    public static PgTeamServer open(ServerAddress server, String password) {
        return new PgTeamServer(server, ServerConnections.open(server, password));
    }

    @Override
    public void initialize() {
        try (Connection c = connections.connection()) {
            Migrations.shipped(Dialect.POSTGRESQL).migrate(c, server.location());
            H2Catalog.foldMissingTitles(c);
            try (Statement s = c.createStatement()) {
                for (String sql : TeamRoles.statements()) {
                    s.execute(sql);
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw StorageErrors.failed(Message.of("store.do.server.init"), server.location(), e);
        }
    }

    @Override
    public void addUser(String name, Role role, char[] password) {
        if (!LOGIN.matcher(name).matches() || name.startsWith("isnad_") || name.startsWith("pg_")) {
            throw new StorageException(Message.of("store.server.bad.user.name", name));
        }
        try (Connection c = connections.connection()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE ROLE " + name + " LOGIN" + (role == Role.ADMIN ? " CREATEROLE" : ""));
                s.execute("GRANT " + role.group() + " TO " + name + (role == Role.ADMIN ? " WITH ADMIN OPTION" : ""));
                if (role == Role.ADMIN) {
                    s.execute("GRANT " + TeamRoles.ANALYST + ", " + TeamRoles.REVIEWER + " TO " + name + " WITH ADMIN OPTION");
                }
            }
            if (password != null) {
                // the password is hashed (SCRAM) by the driver: the server never sees it, nor any log
                c.unwrap(org.postgresql.PGConnection.class).alterUserPassword(name, password, null);
            }
            c.commit();
        } catch (SQLException e) {
            if ("42710".equals(e.getSQLState())) {
                throw new StorageException(Message.of("store.server.user.exists", name, server.location()), e);
            }
            throw StorageErrors.failed(Message.of("store.do.server.add.user", name), server.location(), e);
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }

    @Override
    public List<User> users() {
        Map<String, List<Role>> found = new LinkedHashMap<>();
        try (Connection c = connections.connection();
             PreparedStatement select = c.prepareStatement("SELECT r.rolname, g.rolname FROM pg_roles r "
                     + "JOIN pg_auth_members m ON m.member = r.oid JOIN pg_roles g ON g.oid = m.roleid "
                     + "WHERE g.rolname IN (?, ?, ?) AND r.rolname NOT IN (?, ?, ?) ORDER BY r.rolname, g.rolname")) {
            List<String> groups = List.of(TeamRoles.ANALYST, TeamRoles.REVIEWER, TeamRoles.ADMIN);
            for (int i = 0; i < 3; i++) {
                select.setString(i + 1, groups.get(i));
                select.setString(i + 4, groups.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Role role = Role.valueOf(rows.getString(2).substring("isnad_".length()).toUpperCase(java.util.Locale.ROOT));
                    found.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(role);
                }
            }
            c.rollback();
        } catch (SQLException e) {
            throw StorageErrors.failed(Message.of("store.do.server.users"), server.location(), e);
        }
        List<User> users = new ArrayList<>();
        found.forEach((name, roles) -> users.add(new User(name, roles.stream().sorted().toList())));
        return users;
    }

    @Override
    public void close() {
        connections.close();
    }
}
