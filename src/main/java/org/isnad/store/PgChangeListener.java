package org.isnad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.isnad.service.SharedChange;
import org.isnad.service.SharedChanges;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Other users' work on a team server, as the server tells it: {@code LISTEN isnad_change} (the trigger of
 * migration V12 sends one notification per changed document at commit) on a connection of its own, outside
 * the pool, polled with pgjdbc's {@link PGConnection#getNotifications(int)} by one background thread, started
 * when the first listener comes. When the connection is lost it is opened again every second until the
 * server is back, and the listeners are then told {@link SharedChange#reconnected()} (what was committed
 * meanwhile was not told). This program's own commits, known by their commit token, are not told: they are
 * shown already. See docs/adr/0009-team-server.md.
 */
final class PgChangeListener implements SharedChanges, AutoCloseable {
    static final String CHANNEL = "isnad_change";
    /** How long one wait for notifications lasts; a change is told at most this long after its commit. */
    private static final int POLL_MS = 500;
    private static final long RETRY_MS = 1_000;

    private final ServerAddress server;
    private final String password;
    private final java.util.function.Predicate<String> committedHere;
    private final List<Consumer<SharedChange>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private volatile Connection connection;
    private volatile boolean listening;
    private Thread thread;

    /** {@code committedHere}: whether a commit token is one of this program's commits (not told: shown already). */
    PgChangeListener(ServerAddress server, String password, java.util.function.Predicate<String> committedHere) {
        this.server = server;
        this.password = password;
        this.committedHere = committedHere;
    }

    @Override
    public synchronized Subscription listen(Consumer<SharedChange> listener) {
        listeners.add(listener);
        if (thread == null && !closed) {
            thread = new Thread(this::run, "isnad-server-changes");
            thread.setDaemon(true);
            thread.start();
        }
        return () -> listeners.remove(listener);
    }

    /** Whether the server's notifications are being received now (for tests: wait for it before changing). */
    boolean listening() {
        return listening;
    }

    private void run() {
        boolean lost = false;
        while (!closed) {
            try (Connection c = connect()) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                if (lost) {
                    tell(SharedChange.reconnected());
                    lost = false;
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] received = pg.getNotifications(POLL_MS);
                    if (received != null) {
                        for (PGNotification n : received) {
                            String[] parts = n.getParameter().split(" ", 3);
                            if (parts.length < 3 || !committedHere.test(parts[2])) {
                                tell(parse(n.getParameter()));
                            }
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (closed) {
                    return;
                }
                lost = true;
                pause();
            }
        }
    }

    /** {@code "<login> <document id> <commit token>"}, as the trigger writes it (migration V15; V12 wrote no token). */
    static SharedChange parse(String payload) {
        String[] parts = payload.split(" ", 3);
        return parts.length < 2 ? new SharedChange(null, payload) : new SharedChange(parts[0], parts[1]);
    }

    private void tell(SharedChange change) {
        for (Consumer<SharedChange> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                // one view failing to follow must not stop the others, nor this thread
                System.err.println("isnad: a view could not follow the server's change: " + e);
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", server.user());
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "isnad-changes");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        Connection c = new org.postgresql.Driver().connect(server.jdbcUrl(), properties);
        if (c == null) {
            throw new SQLException("the driver did not accept " + server.location());
        }
        c.setAutoCommit(true);
        return c;
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            closed = true;
            running = thread;
        }
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // it was going anyway
            }
        }
        if (running != null) {
            running.interrupt();
            try {
                running.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        listeners.clear();
    }
}
