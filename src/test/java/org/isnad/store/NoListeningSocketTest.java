package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.isnad.testing.ListeningSockets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, point 2: Isnad opens no network port. The H2 address has no server mode, and a second
 * program that has the database open (and has made a backup) holds no listening TCP socket.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NoListeningSocketTest {
    @TempDir
    Path dir;

    @Test
    void theDatabaseAddressStartsNoServer() {
        String url = DatabaseUrl.of(dir.resolve("isnad").toAbsolutePath()).toUpperCase(Locale.ROOT);
        for (String server : List.of("AUTO_SERVER", "TCP", "SSL:", "FILE_LOCK=SOCKET", "FILE_LOCK=NO", ";AUTO_RECONNECT")) {
            assertFalse(url.contains(server), url);
        }
        assertTrue(url.startsWith("JDBC:H2:FILE:"), url);
    }

    @Test
    void aProgramWithTheDatabaseOpenListensOnNoPort() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs Linux /proc");
        Process child = ChildJvm.start("hold", dir.resolve("isnad"));
        try {
            assertEquals("HOLDING", ChildJvm.output(child).readLine());
            ListeningSockets.assertNone(Long.toString(child.pid()));
        } finally {
            child.getOutputStream().close();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
    }
}
