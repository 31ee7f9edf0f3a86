package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.isnad.bundle.BundleInterchange;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Document;
import org.isnad.domain.Ids;
import org.isnad.domain.Layer;
import org.isnad.domain.SetKind;
import org.isnad.domain.SetState;
import org.isnad.domain.Span;
import org.isnad.service.Repositories;
import org.isnad.store.FileSigningKeys;
import org.isnad.store.PgTeamServer;
import org.isnad.store.ServerAddress;
import org.isnad.store.ServerStore;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad server …} and the rules of server mode, on a real PostgreSQL server. */
class ServerCliTest {
    private final TestPostgres server = TestPostgres.shared();
    private final String database = server.newDatabase();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String password = "pw-" + suffix;
    @TempDir
    Path dir;
    private String out;
    private String err;

    private String url(String user) {
        return "postgresql://" + user + "@127.0.0.1:" + server.port() + "/" + database;
    }

    private String passwordOf(String user) {
        return user.equals(TestPostgres.SUPERUSER) ? TestPostgres.SUPERUSER_PASSWORD : password;
    }

    private int run(String... args) {
        StoreOpener stores = db -> {
            ServerAddress address = ServerAddress.from(db, Map.of(), "").orElseThrow();
            return ServerStore.open(address, passwordOf(address.user()));
        };
        TeamServerOpener teams = db -> {
            ServerAddress address = ServerAddress.from(db, Map.of(), "").orElseThrow();
            return PgTeamServer.open(address, passwordOf(address.user()));
        };
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(stores, BundleInterchange::new, (keys, db) -> new FileSigningKeys(dir.resolve("keys")),
                Clock.systemUTC(), Map.of("ISNAD_NEW_PASSWORD", password))
                .withTeamServer(teams)
                .run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void theOwnerSetsUpTheTeamAndAnAnalystCannotApprove() throws Exception {
        String salma = "salma_" + suffix;
        String khaled = "khaled_" + suffix;
        String reem = "reem_" + suffix;
        assertEquals(0, run("--db", url(TestPostgres.SUPERUSER), "server", "init"), err);
        assertEquals(0, run("--db", url(TestPostgres.SUPERUSER), "server", "add-user", salma, "--role", "analyst"), err);
        assertEquals(0, run("--db", url(TestPostgres.SUPERUSER), "server", "add-user", khaled, "--role", "analyst"), err);
        assertEquals(0, run("--db", url(TestPostgres.SUPERUSER), "server", "add-user", reem, "--role", "reviewer"), err);
        assertEquals(1, run("--db", url(TestPostgres.SUPERUSER), "server", "add-user", reem, "--role", "reviewer"));
        assertTrue(err.contains("already has a login named " + reem), err);
        assertEquals(2, run("--db", url(TestPostgres.SUPERUSER), "server", "add-user", "x_" + suffix, "--role", "boss"));
        assertEquals(0, run("--db", url(TestPostgres.SUPERUSER), "server", "users"), err);
        assertTrue(out.contains("{\"user\":\"" + salma + "\",\"roles\":[\"analyst\"]}"), out);
        assertTrue(out.contains("{\"user\":\"" + reem + "\",\"roles\":[\"reviewer\"]}"), out);

        String setId = Ids.newId();
        String docId;
        try (Repositories store = ServerStore.open(ServerAddress.from(url(salma), Map.of(), "").orElseThrow(), password)) {
            Document doc = new Document(Ids.newId(), "تصريحات كيميت", null, "الحرة", null, "ar", Kimmitt.PASSAGE,
                    org.isnad.text.TextHash.sha256Hex(Kimmitt.PASSAGE), java.time.Instant.now());
            docId = doc.id();
            store.documents().add(doc);
            store.annotations().addSet(new AnnotationSetInfo(setId, doc.id(), salma, SetKind.ANALYST, SetState.SUBMITTED,
                    java.time.Instant.now()));
            store.annotations().addSpan(setId, new Span(Ids.newId(), Layer.CUE, 0, 3, null, null));
        }

        assertEquals(2, run("--db", url(khaled), "--as", reem, "review", "approve", "--doc", docId, "--set", setId));
        assertTrue(err.contains("--as and ISNAD_USER are not used"), err);

        assertEquals(1, run("--db", url(khaled), "review", "approve", "--doc", docId, "--set", setId, "--accept-remaining"));
        assertTrue(err.contains("does not allow your login to do this"), err);
        assertTrue(err.contains("Nothing was changed"), err);

        assertEquals(0, run("--db", url(reem), "review", "approve", "--doc", docId, "--set", setId, "--accept-remaining"), err);
        assertTrue(out.contains(reem), out);
        assertTrue(Files.isDirectory(dir.resolve("keys")));
        for (String user : List.of(salma, khaled, reem)) {
            try (var c = server.superuser(database); var s = c.createStatement()) {
                s.execute("DROP OWNED BY " + user);
                s.execute("DROP ROLE " + user);
            }
        }
    }

    @Test
    void aServerNeedsAServerAddress() {
        assertEquals(2, run("server", "init"));
        assertTrue(err.contains("isnad server works on a team server"), err);
    }
}
