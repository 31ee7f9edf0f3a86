package org.isnad.cli;

import java.util.List;

/** One headless command. */
interface CliCommand {
    String name();

    /** One line for the command list. */
    String summary();

    /** Full help, printed by {@code isnad COMMAND --help}. */
    String help();

    int run(List<String> args, CliContext context) throws Exception;
}
