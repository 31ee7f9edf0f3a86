package org.isnad.service;

import java.util.Optional;

/**
 * Which store the window works on: a team server (File → Connect to a team server…) or the local database
 * (File → Use the local database). The program's composition root implements it; the window only asks.
 */
public interface StoreChoice {
    /**
     * The login that a server address {@code postgresql://[user@]host[:port]/database} connects as.
     *
     * @throws StorageException when the address is not understood (or holds a password)
     */
    String loginOf(String address);

    /** Whether {@code PGPASSWORD} or {@code ~/.pgpass} gives a password for that address (then none is asked). */
    boolean knowsPassword(String address);

    /**
     * Connects to the server and checks it (the address, the login, the schema); slow, so never on the
     * window's thread. {@code password} is used only when {@link #knowsPassword} is false; it is never
     * written anywhere. Returns what switches the window to the server and remembers the address for the
     * next start, to be run on the window's thread.
     *
     * @throws StorageException naming what was wrong: the address, an unreachable server, a refused login,
     *         a database without {@code server init}, a schema from a newer Isnad
     */
    Runnable connect(String address, String password);

    /** Switches the window back to the local database and forgets the server for the next start. */
    void useLocal();

    /** The server the window works on now (its address without any secret); empty on the local database. */
    Optional<String> server();
}
