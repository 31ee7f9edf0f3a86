package org.isnad.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The options that come before any command; the root of the command line and {@link GlobalOptions} both read them. */
@Command(name = "isnad")
final class GlobalOptionFields {
    /** A path, so that bash completion offers files. */
    @Option(names = "--db", paramLabel = "PATH")
    Path db;

    @Option(names = "--as", paramLabel = "USER")
    String user;

    /** The {@code --db} option as given, or null. */
    String dbOption() {
        return db == null ? null : db.toString();
    }
}
