package org.isnad.store;

import java.nio.file.Path;
import org.isnad.message.Message;

/**
 * The H2 connection URL, with the settings that make every acknowledged commit survive the
 * program being killed. Read docs/adr/0003-h2-durability.md before changing anything here.
 */
final class DatabaseUrl {
    /**
     * WRITE_DELAY=0: H2 writes the commit to the file before commit() returns (the default, 500 ms,
     * leaves it in memory for up to half a second). FILE_LOCK=FS: an operating-system lock that dies
     * with the process, so a second program is refused and a killed one leaves no stale lock; it
     * opens no port (unlike SOCKET or AUTO_SERVER).
     */
    static final String SETTINGS = ";WRITE_DELAY=0;FILE_LOCK=FS";
    /** H2's plain disk file system; the only one the program uses (tests may wrap it to inject faults). */
    static final String FILE = "file:";

    private DatabaseUrl() {
    }

    static String of(Path absoluteBase) {
        return of(absoluteBase, FILE);
    }

    static String of(Path absoluteBase, String fileSystem) {
        String path = absoluteBase.toString();
        if (path.indexOf(';') >= 0) {
            // ';' separates settings in an H2 URL, so such a path cannot be named safely
            throw new org.isnad.service.StorageException(Message.of("store.path.semicolon",
                    path + DatabaseLocation.H2_SUFFIX));
        }
        return "jdbc:h2:" + fileSystem + path + SETTINGS;
    }
}
