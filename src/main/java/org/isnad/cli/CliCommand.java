package org.isnad.cli;

/**
 * One headless command. Its name, options and positional words are picocli annotations on the
 * implementing class ({@code @Command}, {@code @Option}, {@code @Parameters}); a fresh instance
 * is parsed into for each run.
 */
interface CliCommand {
    /** One line for the command list. */
    String summary();

    /** Full help, printed by {@code isnad COMMAND --help}. */
    String help();

    int run(CliContext context) throws Exception;
}
