package org.isnad.cli;

import java.util.List;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The isnad command line as picocli sees it: the global options, each command with its options
 * and words, {@code help} and {@code completion}. Help texts stay the hand-written ones; picocli
 * prints them as they are.
 */
final class CommandTree {
    static final String PROGRAM = "isnad";
    private static final String TEXT_SECTION = "text";
    private final CommandLine root;
    private final GlobalOptionFields global = new GlobalOptionFields();

    CommandTree(List<CliCommand> commands) {
        root = new CommandLine(global);
        for (CliCommand command : commands) {
            root.addSubcommand(withHelp(new CommandLine(command), command.help()));
        }
        CompletionCommand completion = new CompletionCommand(this::completionScript);
        root.addSubcommand(withHelp(new CommandLine(completion), completion.help()));
        root.addSubcommand(new CommandLine(new HelpTopic()));
        withHelp(root, usage());
        configure(root);
    }

    /** The parser rules every isnad command line follows (also the global options read alone). */
    static CommandLine configure(CommandLine line) {
        return line.setExpandAtFiles(false) // "@name" is a file name, not a file of arguments
                .setOverwrittenOptionsAllowed(true) // see UsageErrors.rejectRepeatedValues
                .setAllowOptionsAsOptionParameters(true) // --comment --x: the comment is "--x"
                .setAllowSubcommandsAsOptionParameters(true); // --db list: the database is "list"
    }

    CommandLine root() {
        return root;
    }

    GlobalOptionFields global() {
        return global;
    }

    /** The help of the command named {@code name}, or the command list when there is none. */
    String helpOf(String name) {
        CommandLine line = name == null ? null : root.getSubcommands().get(name);
        return (line != null && line.getCommand() instanceof CliCommand ? line : root).getUsageMessage(Help.Ansi.OFF);
    }

    String usage() {
        StringBuilder sb = new StringBuilder("""
                usage: isnad [--db PATH] [--as USER] [COMMAND [ARGS…]]

                With no command, opens the Isnad window. Global options:
                  --db PATH   the database file (default: $ISNAD_DB, else the user's data folder)
                  --as USER   who is acting (default: $ISNAD_USER, else the login name)

                commands:
                """);
        for (Map.Entry<String, CommandLine> e : root.getSubcommands().entrySet()) {
            CommandSpec spec = e.getValue().getCommandSpec();
            if (!spec.usageMessage().hidden() && spec.userObject() instanceof CliCommand command) {
                sb.append(String.format("  %-10s %s%n", e.getKey(), command.summary()));
            }
        }
        sb.append("\nisnad COMMAND --help shows a command's options.\n");
        return sb.toString();
    }

    String completionScript() {
        return AutoComplete.bash(PROGRAM, root);
    }

    /** {@code -h} / {@code --help}, printing {@code text} exactly as written. */
    private static CommandLine withHelp(CommandLine line, String text) {
        line.getCommandSpec().addOption(OptionSpec.builder("-h", "--help").usageHelp(true).arity("0").type(boolean.class).build());
        line.setHelpSectionKeys(List.of(TEXT_SECTION));
        line.getHelpSectionMap().put(TEXT_SECTION, help -> text);
        return line;
    }
}
