package org.isnad.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.stream.Stream;
import org.isnad.store.FileSigningKeys;
import org.isnad.store.H2Store;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Real H2 stores and key folders in a fresh temporary folder for each test, as the program keeps them
 * ({@code isnad.mv.db} with {@code keys/} beside it). Every store opened here is closed after the test (the
 * last opened first, so that a store reopened at the same place is closed before its earlier self) and the
 * folder is deleted. Register it as a field: {@code @RegisterExtension final TempStores stores = new TempStores();}
 * (a new one for each test). A test of the real window takes its store and the toolkit from {@link RealWindow}.
 */
public final class TempStores implements AfterEachCallback {
    private final Deque<H2Store> opened = new ArrayDeque<>();
    private final Path dir;

    /** Makes the folder at once, so that a test's fields can open a store: {@code H2Store store = stores.open();}. */
    public TempStores() {
        try {
            dir = Files.createTempDirectory("isnad-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            while (!opened.isEmpty()) {
                opened.pop().close();
            }
        } finally {
            deleteAll(dir);
        }
    }

    /** The test's folder. */
    public Path dir() {
        return dir;
    }

    /** The database file's base path ({@code dir/isnad}, without {@code .mv.db}). */
    public Path base() {
        return dir.resolve("isnad");
    }

    /** A second database's base path, in its own folder ({@code dir/name/isnad}): a source and a target, say. */
    public Path base(String name) {
        return at(dir, name);
    }

    /** Opens (creating it the first time) the test's database. */
    public H2Store open() {
        return keep(H2Store.open(base()));
    }

    /** Opens (creating it the first time) the database of that name. */
    public H2Store open(String name) {
        return keep(H2Store.open(base(name)));
    }

    /** The signing keys beside the test's database. */
    public FileSigningKeys keys() {
        return new FileSigningKeys(dir.resolve("keys"));
    }

    /** The signing keys of that name: another reviewer's, or another computer's. */
    public FileSigningKeys keys(String name) {
        return new FileSigningKeys(dir.resolve(name));
    }

    /** Where a database of that name lives under a folder, for tests that keep a folder for a whole class. */
    public static Path at(Path folder, String name) {
        return folder.resolve(name).resolve("isnad");
    }

    private H2Store keep(H2Store store) {
        opened.push(store);
        return store;
    }

    private static void deleteAll(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
