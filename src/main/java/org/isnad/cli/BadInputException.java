package org.isnad.cli;

/** The input given to a command was refused (a missing file, invalid UTF-8): exit code 1. */
final class BadInputException extends RuntimeException {
    BadInputException(String message) {
        super(message);
    }
}
