package org.isnad.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The options that come before the command: {@code --db PATH} and {@code --as USER}. Whatever
 * follows the first other word is the command and its own arguments.
 */
public record GlobalOptions(String db, String user, List<String> command) {

    public GlobalOptions {
        command = List.copyOf(command);
    }

    public static GlobalOptions parse(String[] args) {
        GlobalOptionFields fields = new GlobalOptionFields();
        CommandLine line = CommandTree.configure(new CommandLine(fields))
                .setStopAtUnmatched(true)
                .setUnmatchedArgumentsAllowed(true);
        try {
            line.parseArgs(args);
        } catch (ParameterException e) {
            throw new UsageException(UsageErrors.of(e));
        }
        return new GlobalOptions(fields.dbOption(), fields.user, line.getUnmatchedArguments());
    }

    /** No command given: the window should open. */
    public boolean opensWindow() {
        return command.isEmpty();
    }
}
