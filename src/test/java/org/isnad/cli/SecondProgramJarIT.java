package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.isnad.store.H2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged program started while this (test) program has the database open: refused plainly, exit code 1. */
class SecondProgramJarIT {
    @TempDir
    Path dir;

    @Test
    void theSecondProgramSaysTheDatabaseIsOpenAndExitsWithOne() throws Exception {
        Path db = dir.resolve("isnad");
        try (H2Store open = H2Store.open(db)) {
            Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    System.getProperty("isnad.jar"), "--db", db.toString(), "list"))
                    .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            String err = Files.readString(dir.resolve("err"), StandardCharsets.UTF_8);
            assertEquals(1, p.exitValue(), err);
            assertTrue(err.startsWith("isnad list: Isnad is already open with this database: " + open.location()), err);
            assertFalse(err.contains("Exception") || err.contains("\tat "), err);
            assertEquals("", Files.readString(dir.resolve("out")));
        }
    }
}
