package org.isnad.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import org.isnad.message.Message;
import org.isnad.service.StorageException;

/**
 * The connections to a team server: a small HikariCP pool. A transaction borrows one and gives it back; one
 * lost with the server is thrown away, and the pool opens a new one when the server is back.
 */
final class ServerConnections implements ConnectionSource {
    private final HikariDataSource pool;

    private ServerConnections(HikariDataSource pool) {
        this.pool = pool;
    }

    /** Opens the pool with one connection at once, so a wrong address or password is reported now. */
    static ServerConnections open(ServerAddress server, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("isnad");
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        if (password != null) {
            config.setPassword(password);
        }
        config.setAutoCommit(false);
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(5_000);
        config.setValidationTimeout(2_000);
        config.setInitializationFailTimeout(1);
        config.addDataSourceProperty("ApplicationName", "isnad");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("connectTimeout", "5");
        try {
            return new ServerConnections(new HikariDataSource(config));
        } catch (HikariPool.PoolInitializationException e) {
            throw onConnect(server, e.getCause() == null ? e : e.getCause());
        }
    }

    static StorageException onConnect(ServerAddress server, Throwable e) {
        String state = e instanceof SQLException s ? String.valueOf(s.getSQLState()) : "";
        String reason = e instanceof SQLException s ? StorageErrors.reason(s) : String.valueOf(e.getMessage());
        if (state.equals("28P01") || state.equals("28000") || (state.equals("08004") && reason.contains("password"))) {
            return new StorageException(Message.of("store.server.login.failed", server.location(), reason), e);
        }
        if (state.equals("3D000")) {
            return new StorageException(Message.of("store.server.no.database", server.location(), reason), e);
        }
        return new StorageException(Message.of("store.server.unreachable", server.location(), reason), e);
    }

    @Override
    public Connection borrow() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void giveBack(Connection connection, boolean broken) {
        if (connection == null) {
            return;
        }
        if (broken) {
            pool.evictConnection(connection);
            // the others went with it (a restart ends every session): the pool checks a connection only after half a
            // second idle, so one used just before could come out unchecked and fail the first transaction after the
            // server is back; they are replaced instead (nothing is asked of the server in normal work)
            if (pool.getHikariPoolMXBean() != null) {
                pool.getHikariPoolMXBean().softEvictConnections();
            }
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            pool.evictConnection(connection);
        }
    }

    /** A connection outside the store's transactions (set-up commands, LISTEN), closed by the caller. */
    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void close() {
        pool.close();
    }
}
