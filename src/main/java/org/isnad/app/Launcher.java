package org.isnad.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.isnad.bundle.BundleInterchange;
import org.isnad.cli.Cli;
import org.isnad.cli.GlobalOptions;

/**
 * The program's entry point. It does not extend {@code Application}, so that the shaded jar starts
 * without "JavaFX runtime components are missing"; with no command it opens the window, with one it
 * runs headless.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        GlobalOptions options;
        try {
            options = GlobalOptions.parse(args);
        } catch (RuntimeException e) {
            err.println("isnad: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options.opensWindow()) {
            IsnadApp.launchWindow(options, null);
            return;
        }
        java.util.Optional<java.nio.file.Path> bundle = OpenedFile.bundleIn(options.command());
        if (bundle.isPresent()) {
            IsnadApp.launchWindow(options, bundle.get());
            return;
        }
        int code = new Cli(Stores::open, BundleInterchange::new, Stores::openKeys, Clock.systemUTC())
                .withBackups(Stores::backupsOf).withSearch(Stores::searchIndex)
                .withTeamServer(Stores::teamServer).run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
