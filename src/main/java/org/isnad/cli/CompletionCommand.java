package org.isnad.cli;

import java.util.function.Supplier;
import picocli.CommandLine.Command;

/** {@code isnad completion}: prints the bash completion script for every command and option (hidden from the list). */
@Command(name = "completion", hidden = true)
final class CompletionCommand implements CliCommand {
    private final Supplier<String> script;

    CompletionCommand(Supplier<String> script) {
        this.script = script;
    }

    @Override
    public String summary() {
        return "print the bash completion script";
    }

    @Override
    public String help() {
        return """
                usage: isnad completion

                Prints a bash script that completes isnad's commands, options and fixed values
                (formats, review steps, …) when Tab is pressed. Install it once with
                  isnad completion > ~/.local/share/bash-completion/completions/isnad
                (or source it from ~/.bashrc); it completes a command named isnad, e.g. an alias
                  alias isnad='java -jar /path/to/isnad.jar'
                exit codes: 0 printed, 2 usage error
                """;
    }

    @Override
    public int run(CliContext context) {
        context.out().print(script.get());
        return ExitCode.OK;
    }
}
