package org.isnad.cli;

/** The exit codes every command keeps. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
