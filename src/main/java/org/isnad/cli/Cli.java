package org.isnad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.isnad.domain.DomainException;
import org.isnad.message.LocalizedException;
import org.isnad.message.Message;
import org.isnad.service.InterchangeException;
import org.isnad.service.InterchangeFactory;
import org.isnad.service.StorageException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Runs one headless command and returns its exit code; never lets a stack trace reach the user. */
public final class Cli {
    private final List<Supplier<CliCommand>> commands = new ArrayList<>();
    private final StoreOpener opener;
    private final InterchangeFactory interchange;
    private final KeysOpener keysOpener;
    private final Clock clock;
    private SearchOpener search;
    private final java.util.Map<String, String> env;

    /** Without signing keys: the review and keys commands say that none are available. */
    public Cli(StoreOpener opener, InterchangeFactory interchange, Clock clock) {
        this(opener, interchange, (keysOption, dbOption) -> {
            throw new BadInputException("cli.keys.unavailable");
        }, clock);
    }

    /**
     * {@code interchange} makes the import/export/verify formats available and {@code keysOpener}
     * the reviewers' signing keys (both given by the composition root).
     */
    public Cli(StoreOpener opener, InterchangeFactory interchange, KeysOpener keysOpener, Clock clock) {
        this(opener, interchange, keysOpener, clock, System.getenv());
    }

    /** {@code env}: the environment ({@code ISNAD_DB}, {@code ISNAD_USER}, {@code ISNAD_NEW_PASSWORD}); tests give their own. */
    public Cli(StoreOpener opener, InterchangeFactory interchange, KeysOpener keysOpener, Clock clock,
               java.util.Map<String, String> env) {
        this.env = env;
        this.opener = opener;
        this.interchange = interchange;
        this.keysOpener = keysOpener;
        this.clock = clock;
        commands.addAll(List.of(ImportCommand::new, ListCommand::new, ExportCommand::new, VerifyCommand::new,
                SuggestCommand::new, ReviewCommand::new, KeysCommand::new, ActorsCommand::new,
                AssignCommand::new, AgreementCommand::new, EvaluateCommand::new, CopyCommand::new, ClaimsCommand::new));
    }

    /** Adds {@code isnad restore} over the database's backups (given by the composition root), and {@code isnad docs}, which deletes only after a backup. */
    public Cli withBackups(BackupsOpener backups) {
        commands.add(() -> new RestoreCommand(backups));
        commands.add(() -> new DocsCommand(backups));
        return this;
    }

    /** Adds {@code isnad server init|add-user|users} for team servers (given by the composition root). */
    public Cli withTeamServer(TeamServerOpener servers) {
        commands.add(() -> new ServerCommand(servers));
        return this;
    }

    /** Adds {@code isnad search} and {@code isnad index} over the database's search index (given by the composition root). */
    public Cli withSearch(SearchOpener opener) {
        this.search = opener;
        commands.add(SearchCommand::new);
        commands.add(IndexCommand::new);
        return this;
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        // picocli parses into the command objects: new ones for every run
        CommandTree tree = new CommandTree(commands.stream().map(Supplier::get).toList());
        ParseResult parsed;
        try {
            parsed = tree.root().parseArgs(args);
        } catch (ParameterException e) {
            return refused(tree, e, err);
        }
        ParseResult sub = parsed.subcommand();
        if (sub == null) {
            out.print(tree.usage());
            return ExitCode.OK;
        }
        String name = sub.commandSpec().name();
        if (sub.commandSpec().userObject() instanceof HelpTopic topic) {
            out.print(tree.helpOf(parsed.isUsageHelpRequested() ? null : topic.topic()));
            return ExitCode.OK;
        }
        if (parsed.isUsageHelpRequested() || sub.isUsageHelpRequested()) {
            out.print(tree.helpOf(name));
            return ExitCode.OK;
        }
        CliCommand command = (CliCommand) sub.commandSpec().userObject();
        String dbOption = tree.global().dbOption();
        String db = dbOption != null ? dbOption : env.get("ISNAD_DB");
        boolean onServer = org.isnad.service.TeamServer.names(db);
        if (onServer && org.isnad.service.GivenUserName.of(tree.global().user, env).isPresent()) {
            // on a team server the acting user is the database login: another name would be a lie in the audit trail
            return usageError(name, Message.of("cli.server.noAs"), err);
        }
        String user = onServer ? null : UserName.resolve(tree.global().user, env);
        try (CliContext context = new CliContext(out, err, user, clock, opener, interchange, dbOption, keysOpener)
                .withSearch(search).withEnv(env)) {
            UsageErrors.rejectRepeatedValues(sub);
            return command.run(context);
        } catch (UsageException e) {
            return usageError(name, e.message(), err);
        } catch (LocalizedException | DomainException e) {
            err.println("isnad " + name + ": " + ErrorText.of(e));
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println("isnad " + name + ": " + Message.of("cli.failure.io", e.getMessage()).english());
            return ExitCode.BAD_INPUT;
        } catch (Exception e) {
            err.println("isnad " + name + ": " + Message.of("cli.failure.unexpected", e.toString()).english());
            return ExitCode.BAD_INPUT;
        }
    }

    public String usage() {
        return new CommandTree(commands.stream().map(Supplier::get).toList()).usage();
    }

    /** The command line could not be parsed: before the command (an unknown command, a global option without value) or in it. */
    private static int refused(CommandTree tree, ParameterException e, PrintStream err) {
        if (e.getCommandLine() != tree.root()) {
            return usageError(e.getCommandLine().getCommandName(), UsageErrors.of(e), err);
        }
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            err.println("isnad: " + Message.of("cli.usage.unknownCommand", unmatched.getUnmatched().get(0)).english()
                    + "\n" + tree.usage());
        } else {
            err.println("isnad: " + UsageErrors.of(e).english());
        }
        return ExitCode.USAGE;
    }

    private static int usageError(String command, Message message, PrintStream err) {
        err.println("isnad " + command + ": " + message.english() + "\n" + Message.of("cli.usage.seeHelp", command).english());
        return ExitCode.USAGE;
    }
}
