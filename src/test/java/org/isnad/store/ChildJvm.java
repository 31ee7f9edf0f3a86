package org.isnad.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Starts {@link StoreProcess} in a separate JVM with the test classpath: a genuinely second program. */
final class ChildJvm {
    private ChildJvm() {
    }

    static Process start(String mode, Path db) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), StoreProcess.class.getName(), mode, db.toString()));
        builder.redirectErrorStream(true);
        return builder.start();
    }

    static BufferedReader output(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }
}
