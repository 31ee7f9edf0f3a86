package org.isnad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isnad.bundle.BundleInterchange;
import org.isnad.search.LuceneSearchIndex;
import org.isnad.service.InterchangeFactory;
import org.isnad.store.DatabaseBackups;
import org.isnad.store.FileSigningKeys;
import org.isnad.store.H2Store;
import org.isnad.store.KeysLocation;

/**
 * The CLI run in-process as the program wires it (real H2 databases, key folders and backups, all
 * under one temporary folder), keeping the exit code, stdout and stderr of the last run. The one
 * way every CLI test runs a command.
 */
final class CliHarness {
    private final StoreOpener stores;
    private final InterchangeFactory interchange;
    private final KeysOpener keys;
    private final BackupsOpener backups;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private String out = "";
    private String err = "";

    private CliHarness(StoreOpener stores, InterchangeFactory interchange, KeysOpener keys, BackupsOpener backups, Clock clock) {
        this.stores = stores;
        this.interchange = interchange;
        this.keys = keys;
        this.backups = backups;
        this.clock = clock;
    }

    /** Databases where {@code --db} says; keys next to them or in {@code --keys}; the default folders under {@code dir/home}. */
    static CliHarness in(Path dir) {
        return in(dir, Clock.systemUTC());
    }

    static CliHarness in(Path dir, Clock clock) {
        Path home = dir.resolve("home");
        return new CliHarness(dbOption -> H2Store.open(Path.of(dbOption)), BundleInterchange::new,
                (keysOption, dbOption) -> new FileSigningKeys(KeysLocation.resolve(keysOption, dbOption, Map.of(), "Linux", home)),
                dbOption -> DatabaseBackups.of(Path.of(dbOption)), clock);
    }

    /** For commands that must never touch a database or a bundle: any attempt fails the test. */
    static CliHarness withoutDatabase() {
        return new CliHarness(db -> {
            throw new AssertionError("this command must not open a database");
        }, (repositories, clock) -> {
            throw new AssertionError("this command must not open a bundle");
        }, (keysOption, dbOption) -> {
            throw new AssertionError("this command must not open signing keys");
        }, db -> {
            throw new AssertionError("this command must not open backups");
        }, Clock.systemUTC());
    }

    int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(stores, interchange, keys, clock).withBackups(backups)
                .withTeamServer(db -> {
                    throw new AssertionError("team server commands are tested against a real server in ServerCliTest");
                })
                .withSearch(repositories -> LuceneSearchIndex.open(LuceneSearchIndex.folderBeside(repositories.location())))
                .run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    /** {@code isnad --db DB --as USER ARGS…} */
    int runAs(Path db, String user, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString(), "--as", user));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    String out() {
        return out;
    }

    String err() {
        return err;
    }

    JsonNode outJson() {
        try {
            return json.readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException("stdout is not JSON: " + out, e);
        }
    }

    /** A sample article from the test resources ({@code /samples/NAME}), copied into {@code dir}. */
    static Path sample(Path dir, String name) {
        try (InputStream in = CliHarness.class.getResourceAsStream("/samples/" + name)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
