package org.isnad.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.domain.DomainException;
import org.isnad.service.InterchangeException;
import org.isnad.service.InterchangeFactory;
import org.isnad.service.StorageException;

/** Runs one headless command and returns its exit code; never lets a stack trace reach the user. */
public final class Cli {
    private final Map<String, CliCommand> commands = new LinkedHashMap<>();
    private final StoreOpener opener;
    private final InterchangeFactory interchange;
    private final KeysOpener keysOpener;
    private final Clock clock;

    /** Without signing keys: the review and keys commands say that none are available. */
    public Cli(StoreOpener opener, InterchangeFactory interchange, Clock clock) {
        this(opener, interchange, (keysOption, dbOption) -> {
            throw new BadInputException("no signing keys are available in this setup");
        }, clock);
    }

    /**
     * {@code interchange} makes the import/export/verify formats available and {@code keysOpener}
     * the reviewers' signing keys (both given by the composition root).
     */
    public Cli(StoreOpener opener, InterchangeFactory interchange, KeysOpener keysOpener, Clock clock) {
        this.opener = opener;
        this.interchange = interchange;
        this.keysOpener = keysOpener;
        this.clock = clock;
        for (CliCommand c : List.of(new ImportCommand(), new ListCommand(), new ExportCommand(), new VerifyCommand(),
                new SuggestCommand(), new ReviewCommand(), new KeysCommand())) {
            commands.put(c.name(), c);
        }
    }

    /** Adds {@code isnad restore} over the database's backups (given by the composition root). */
    public Cli withBackups(BackupsOpener backups) {
        RestoreCommand restore = new RestoreCommand(backups);
        commands.put(restore.name(), restore);
        return this;
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        GlobalOptions global;
        try {
            global = GlobalOptions.parse(args);
        } catch (UsageException e) {
            err.println("isnad: " + e.getMessage());
            return ExitCode.USAGE;
        }
        List<String> words = global.command();
        if (words.isEmpty() || words.get(0).equals("--help") || words.get(0).equals("help") || words.get(0).equals("-h")) {
            if (words.size() > 1 && commands.containsKey(words.get(1))) {
                out.print(commands.get(words.get(1)).help());
            } else {
                out.print(usage());
            }
            return ExitCode.OK;
        }
        CliCommand command = commands.get(words.get(0));
        if (command == null) {
            err.println("isnad: unknown command «" + words.get(0) + "»\n" + usage());
            return ExitCode.USAGE;
        }
        List<String> rest = words.subList(1, words.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(command.help());
            return ExitCode.OK;
        }
        String user = UserName.resolve(global.user(), System.getenv());
        try (CliContext context = new CliContext(out, err, user, clock, opener, interchange, global.db(), keysOpener)) {
            return command.run(rest, context);
        } catch (UsageException e) {
            err.println("isnad " + command.name() + ": " + e.getMessage().replaceFirst("^" + command.name() + ": ", "")
                    + "\n(see isnad " + command.name() + " --help)");
            return ExitCode.USAGE;
        } catch (BadInputException | DomainException | StorageException | InterchangeException e) {
            err.println("isnad " + command.name() + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (java.io.IOException e) {
            err.println("isnad " + command.name() + ": could not read or write a file: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (Exception e) {
            err.println("isnad " + command.name() + ": unexpected failure: " + e);
            return ExitCode.BAD_INPUT;
        }
    }

    public String usage() {
        StringBuilder sb = new StringBuilder("""
                usage: isnad [--db PATH] [--as USER] [COMMAND [ARGS…]]

                With no command, opens the Isnad window. Global options:
                  --db PATH   the database file (default: $ISNAD_DB, else the user's data folder)
                  --as USER   who is acting (default: $ISNAD_USER, else the login name)

                commands:
                """);
        for (CliCommand c : commands.values()) {
            sb.append(String.format("  %-10s %s%n", c.name(), c.summary()));
        }
        sb.append("\nisnad COMMAND --help shows a command's options.\n");
        return sb.toString();
    }
}
