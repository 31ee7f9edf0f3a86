package org.isnad.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Issue 6, point 2, checked from Linux's /proc: a process of Isnad holds no listening TCP socket. */
public final class ListeningSockets {
    private ListeningSockets() {
    }

    /**
     * Fails when the process ({@code "self"} or a pid) listens on a TCP port (state 0A in its tcp and tcp6
     * tables, on a socket it holds); where there is no /proc (not Linux) there is nothing to read.
     */
    public static void assertNone(String process) throws IOException {
        Path proc = Path.of("/proc", process);
        if (!Files.isDirectory(proc.resolve("fd"))) {
            return;
        }
        Set<String> sockets = socketInodes(proc);
        for (String table : List.of("tcp", "tcp6")) {
            Path file = proc.resolve("net").resolve(table);
            if (!Files.exists(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                assertFalse(f[3].equals("0A") && sockets.contains(f[9]), "Isnad listens on " + f[1] + " (" + file + ")");
            }
        }
    }

    private static Set<String> socketInodes(Path proc) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException gone) {
                    // closed meanwhile
                }
            }
        }
        return inodes;
    }
}
