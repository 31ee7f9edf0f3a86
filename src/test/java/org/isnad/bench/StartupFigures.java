package org.isnad.bench;

import static org.isnad.bench.Figures.median;
import static org.isnad.bench.Figures.ms;
import static org.isnad.bench.Figures.note;
import static org.isnad.bench.Figures.print;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Start-up of the installed program and the size of its package (docs/performance.md, "Start-up"):
 * the launcher of the application image {@code target/dist/Isnad/bin/Isnad} (built by
 * {@code ./package/build}) is started as a user starts it, each time as a new process, and timed
 * from the process start to its line "window shown" ({@code ISNAD_STARTUP_PROBE=exit}: printed once
 * the first window is laid out with the document open). Under the display of {@code DISPLAY}, else
 * on an Xvfb started here.
 */
final class StartupFigures {
    static final Path IMAGE = Path.of("target/dist/Isnad");
    private static final String SHOWN = "isnad: window shown";

    private final Path dir;
    private final String display;

    private StartupFigures(Path dir, String display) {
        this.dir = dir;
        this.display = display;
    }

    static void measure(Path dir, int runs) throws Exception {
        Path launcher = IMAGE.resolve("bin/Isnad");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException(launcher + " is missing: run ./package/build first");
        }
        Process xvfb = null;
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            display = ":" + (90 + (int) (ProcessHandle.current().pid() % 400));
            xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1600x1200x24", "-nolisten", "tcp")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(1500);
            note("started Xvfb on " + display);
        }
        try {
            new StartupFigures(dir, display).run(launcher, runs);
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
        sizes();
    }

    /**
     * The usual start: a data folder that already holds a database (made by a first start, which
     * also imported the sample article), a fresh copy of it for each run so that no run finds
     * another's caches. The first start of a new user, on an empty folder, is printed beside it.
     */
    private void run(Path launcher, int runs) throws Exception {
        Path seeded = dir.resolve("startup-seed");
        start(launcher, seeded);
        double[] usual = new double[runs];
        double[] first = new double[runs];
        for (int i = 0; i < runs; i++) {
            Path copy = dir.resolve("startup-" + i);
            copyTree(seeded, copy);
            usual[i] = start(launcher, copy);
            first[i] = start(launcher, dir.resolve("startup-empty-" + i));
        }
        print("startup_to_window_ms", median(usual), "ms");
        print("first_start_to_window_ms", median(first), "ms");
    }

    /** One start on that data folder; returns the time to the window in ms. */
    private double start(Path launcher, Path dataFolder) throws Exception {
        Files.createDirectories(dataFolder);
        ProcessBuilder builder = new ProcessBuilder(launcher.toAbsolutePath().toString()).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        builder.environment().put("XDG_DATA_HOME", dataFolder.toAbsolutePath().toString());
        builder.environment().put("ISNAD_USER", "bench");
        builder.environment().put("ISNAD_STARTUP_PROBE", "exit");
        builder.environment().remove("ISNAD_DB");
        long t0 = System.nanoTime();
        Process process = builder.start();
        double shown = -1;
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (shown < 0 && line.contains(SHOWN)) {
                    shown = ms(System.nanoTime() - t0);
                } else {
                    output.append(line).append('\n');
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (shown < 0) {
            throw new IllegalStateException("the launcher showed no window (exit " + process.exitValue() + "):\n" + output);
        }
        return shown;
    }

    /** The .deb's size (what a user downloads) and the image's (what it takes once installed). */
    private static void sizes() throws IOException {
        try (Stream<Path> files = Files.list(IMAGE.getParent())) {
            List<Path> debs = files.filter(p -> p.getFileName().toString().endsWith(".deb")).toList();
            if (debs.isEmpty()) {
                note("no .deb in " + IMAGE.getParent() + ": run ./package/build (without --image-only)");
            }
            for (Path deb : debs) {
                print("package_size_mb", Files.size(deb) / 1048576.0, "MB");
            }
        }
        print("image_size_mb", treeSize(IMAGE) / 1048576.0, "MB");
    }

    private static long treeSize(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
