package org.isnad.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@link StoreProcess} (or another main class) in a separate JVM with the test classpath: a genuinely second program. */
public final class ChildJvm {
    private ChildJvm() {
    }

    static Process start(String mode, Path db, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of(mode, db.toString()));
        args.addAll(List.of(more));
        return start(StoreProcess.class.getName(), List.of(), args);
    }

    /** {@code jvmOptions} e.g. {@code -Xmx64m}; output and errors come through {@link #output}. */
    public static Process start(String mainClass, List<String> jvmOptions, List<String> args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8", "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectErrorStream(true);
        return builder.start();
    }

    public static BufferedReader output(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }
}
