package org.isnad.service;

import java.util.List;
import java.util.Locale;

/**
 * Setting up a team on a PostgreSQL server: the schema and the three group roles ({@code server init}), the
 * team's logins ({@code server add-user}, {@code server users}). What each role may do is enforced by the
 * server itself (grants and row-level security), see docs/adr/0009-team-server.md.
 */
public interface TeamServer extends AutoCloseable {
    /** The scheme of a server address: {@code postgresql://[user@]host[:port]/database}. */
    String SCHEME = "postgresql:/";

    /**
     * Whether a {@code --db} value or {@code ISNAD_DB} names a team server rather than a file. (A {@code --db}
     * value read as a path has its "//" folded to "/", so one slash is enough here.)
     */
    static boolean names(String db) {
        return db != null && db.strip().toLowerCase(Locale.ROOT).startsWith(SCHEME);
    }

    enum Role {
        ANALYST, REVIEWER, ADMIN;

        /** The server's group role, e.g. {@code isnad_analyst}. */
        public String group() {
            return "isnad_" + name().toLowerCase(Locale.ROOT);
        }

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A login and the team groups it is in. */
    record User(String name, List<Role> roles) {
        public User {
            roles = List.copyOf(roles);
        }
    }

    /** Creates or updates the schema, the group roles, their grants and the row-level policies (idempotent). */
    void initialize();

    /** Creates the login {@code name} in {@code role}'s group; {@code password} null: no password (other authentication). */
    void addUser(String name, Role role, char[] password);

    List<User> users();

    @Override
    void close();
}
