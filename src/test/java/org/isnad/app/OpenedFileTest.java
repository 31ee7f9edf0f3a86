package org.isnad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which command lines open the window on a bundle (a double-clicked .isnad file) rather than run the CLI. */
class OpenedFileTest {
    @TempDir
    Path dir;

    @Test
    void oneExistingBundleOpensTheWindow() throws Exception {
        Path bundle = Files.writeString(dir.resolve("work of layla.ISNAD"), "zip");
        assertEquals(Optional.of(bundle.toAbsolutePath()), OpenedFile.bundleIn(List.of(bundle.toString())));
    }

    @Test
    void commandsMissingFilesAndOtherFilesStayWithTheCli() throws Exception {
        Path bundle = Files.writeString(dir.resolve("a.isnad"), "zip");
        Path text = Files.writeString(dir.resolve("a.txt"), "نص");
        assertTrue(OpenedFile.bundleIn(List.of("import", bundle.toString())).isEmpty(), "import FILE.isnad is the CLI's");
        assertTrue(OpenedFile.bundleIn(List.of("verify", bundle.toString())).isEmpty());
        assertTrue(OpenedFile.bundleIn(List.of(dir.resolve("missing.isnad").toString())).isEmpty());
        assertTrue(OpenedFile.bundleIn(List.of(text.toString())).isEmpty());
        assertTrue(OpenedFile.bundleIn(List.of("list")).isEmpty());
        assertTrue(OpenedFile.bundleIn(List.of()).isEmpty());
    }
}
