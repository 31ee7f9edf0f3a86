package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What became of a transaction whose connection to the team server was lost during its COMMIT: the server may
 * have committed it before the connection broke, or not. Asked on a new connection by the transaction's id
 * ({@code pg_xact_status}, which PostgreSQL keeps for this very question), so that an edit the server holds is
 * not shown as unsaved, and one it does not hold is never acknowledged (docs/adr/0009-team-server.md).
 */
final class CommitOutcome {
    /** What the server says of the transaction. */
    enum Status { COMMITTED, ABORTED, UNKNOWN }

    /** How long the server is asked before the outcome is said to be unknown (a test shortens it). */
    static volatile long patienceMs = 15_000;
    /** How long a transaction may stay "in progress" before its session, which lost its client, is ended. */
    private static final long IN_PROGRESS_GRACE_MS = 1_000;
    private static final long PAUSE_MS = 200;

    private CommitOutcome() {
    }

    /**
     * Asks the server, while it is reachable within the patience, what became of transaction {@code xact} (the text
     * of its {@code xid8}). A transaction still in progress after a moment belongs to a session that has not yet
     * noticed that its client is gone (its COMMIT never arrived): that session, which is this login's own, is ended,
     * and the transaction with it.
     */
    static Status of(ConnectionSource source, String xact) {
        return ask(source, (c, endIfStillThere) -> {
            String status = status(c, xact);
            c.commit();
            if ("committed".equals(status)) {
                return Status.COMMITTED;
            }
            if ("aborted".equals(status)) {
                return Status.ABORTED;
            }
            if (status == null) {
                return Status.UNKNOWN; // too old for the server to remember: cannot happen seconds later
            }
            if (endIfStillThere) {
                endSessionOf(c, xact);
            }
            return null;
        });
    }

    /**
     * What became of the transaction that wrote change rows with {@code token} and was sent its COMMIT on the session
     * {@code backend} (the server's process id, which pgjdbc knows without asking). While that session is still
     * there, the transaction may yet end either way: after a moment it is ended (it is this login's own, and waits for
     * a client that is gone). Once it is gone, the outcome is final: committed exactly when the token's rows are there.
     */
    static Status ofToken(ConnectionSource source, String token, int backend) {
        return ask(source, (c, endIfStillThere) -> {
            if (!sessionAlive(c, backend)) {
                boolean saved = tokenStored(c, token);
                c.commit();
                return saved ? Status.COMMITTED : Status.ABORTED;
            }
            c.commit();
            if (endIfStillThere) {
                endSession(c, backend);
            }
            return null;
        });
    }

    /** One look at the server: the outcome, or null while it is not known yet (the session was ended when asked). */
    private interface Question {
        Status ask(Connection c, boolean endIfStillThere) throws SQLException;
    }

    /**
     * Asks the {@code question} on a fresh connection every {@link #PAUSE_MS} until it has an answer or the patience
     * is over; after {@link #IN_PROGRESS_GRACE_MS} it may end the session that still holds the transaction, once.
     * A lost connection is asked again; any other error, like the patience running out, gives {@link Status#UNKNOWN}.
     */
    private static Status ask(ConnectionSource source, Question question) {
        long start = System.nanoTime();
        boolean ended = false;
        while (elapsedMs(start) < patienceMs) {
            Connection c = null;
            boolean broken = false;
            try {
                c = source.borrow();
                boolean end = !ended && elapsedMs(start) >= IN_PROGRESS_GRACE_MS;
                Status answer = question.ask(c, end);
                if (answer != null) {
                    return answer;
                }
                ended |= end;
            } catch (SQLException e) {
                broken = StorageErrors.isConnectionLost(e);
                if (!broken) {
                    return Status.UNKNOWN;
                }
            } finally {
                if (c != null) {
                    source.giveBack(c, broken);
                }
            }
            if (!pause()) {
                return Status.UNKNOWN;
            }
        }
        return Status.UNKNOWN;
    }

    /** The login's own session {@code backend} of this program is still on the server. */
    private static boolean sessionAlive(Connection c, int backend) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE pid = ? "
                + "AND usename = current_user AND application_name = 'isnad' AND pid <> pg_backend_pid()")) {
            select.setInt(1, backend);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1) > 0;
            }
        }
    }

    private static boolean tokenStored(Connection c, String token) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM search_change WHERE commit_token = ?)")) {
            select.setString(1, token);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    private static void endSession(Connection c, int backend) throws SQLException {
        try (PreparedStatement end = c.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = ? "
                + "AND usename = current_user AND application_name = 'isnad' AND pid <> pg_backend_pid()")) {
            end.setInt(1, backend);
            end.executeQuery().close();
            c.commit();
        }
    }

    private static String status(Connection c, String xact) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT pg_xact_status(?::text::xid8)")) {
            select.setString(1, xact);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /** Ends the session running {@code xact}: a login may end its own sessions. */
    private static void endSessionOf(Connection c, String xact) throws SQLException {
        // pg_stat_activity shows the 32-bit xid of a session's transaction: the low half of the xid8
        long xid = Long.parseLong(xact) & 0xFFFF_FFFFL;
        try (PreparedStatement end = c.prepareStatement(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE backend_xid::text = ? AND pid <> pg_backend_pid()")) {
            end.setString(1, Long.toString(xid));
            end.executeQuery().close();
            c.commit();
        }
    }

    private static long elapsedMs(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static boolean pause() {
        try {
            Thread.sleep(PAUSE_MS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
