package org.isnad.cli;

/** The command line itself is wrong (unknown option, missing argument): exit code 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
