package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.isnad.service.StorageException;
import org.isnad.testing.Kimmitt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What happens when a second Isnad opens the same file, and when Isnad is killed mid-work. */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SecondProgramTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessIsRefusedWithAMessageThatNamesTheFile() throws Exception {
        Path db = dir.resolve("مكتبة").resolve("isnad");
        try (H2Store store = H2Store.open(db)) {
            store.documents().add(Samples.document("التحالف الدولي", Kimmitt.SENTENCE, Samples.T0));
            String line = runOpen(db);
            String expected = "REFUSED Isnad is already open with this database: " + store.location();
            assertTrue(line != null && line.startsWith(expected), "child said: " + line);
        }
        assertEquals("OPENED 1", runOpen(db), "once the first program has closed it, the file opens");
    }

    private static String runOpen(Path db) throws Exception {
        Process child = ChildJvm.start("open", db);
        try {
            String line = ChildJvm.output(child).readLine();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
            return line;
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void aSecondOpenInTheSameProgramIsRefusedToo() {
        Path db = dir.resolve("isnad");
        try (H2Store store = H2Store.open(db)) {
            StorageException e = assertThrows(StorageException.class, () -> H2Store.open(dir.resolve("isnad.mv.db")));
            assertTrue(e.getMessage().startsWith("Isnad is already open with this database: " + store.location()),
                    e.getMessage());
        }
        H2Store.open(db).close();
    }

    @Test
    void everyAcknowledgedDocumentSurvivesKillMinus9() throws Exception {
        Path db = dir.resolve("isnad");
        Process writer = ChildJvm.start("write", db);
        List<String> acknowledged = new ArrayList<>();
        try (BufferedReader out = ChildJvm.output(writer)) {
            String line;
            while (acknowledged.size() < 200 && (line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(line.substring(4));
                } else {
                    throw new AssertionError("writer said: " + line);
                }
            }
        } finally {
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            assertTrue(writer.waitFor(60, TimeUnit.SECONDS));
        }
        assertEquals(200, acknowledged.size());
        try (H2Store store = H2Store.open(db)) {
            for (String id : acknowledged) {
                assertTrue(store.documents().find(id).isPresent(), "acknowledged document " + id + " was lost");
            }
        }
    }
}
