package org.isnad.store;

import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.isnad.service.StorageException;

/** Turns what H2 reports into messages a person can act on: what failed, and in which file. */
final class StorageErrors {
    static final String ALREADY_OPEN = "Isnad is already open with this database: ";

    private StorageErrors() {
    }

    /** An error while opening the database file. */
    static StorageException onOpen(String location, SQLException e) {
        int code = e.getErrorCode();
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return alreadyOpen(location, e);
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1) {
            return new StorageException("The database file " + location
                    + " is damaged or is not an Isnad database (" + reason(e) + ")", e);
        }
        if (code == ErrorCode.WRONG_USER_OR_PASSWORD) {
            return new StorageException("The database file " + location + " belongs to another program, not to Isnad", e);
        }
        return new StorageException("Could not open the database " + location + ": " + reason(e), e);
    }

    static StorageException alreadyOpen(String location, Throwable cause) {
        return new StorageException(ALREADY_OPEN + location
                + " (close the other Isnad window, or choose another database with --db)", cause);
    }

    /** Any other failure; {@code what} says what was being done, e.g. "save the actor «وكالة رويترز»". */
    static StorageException failed(String what, String location, SQLException e) {
        return new StorageException("Could not " + what + " (database " + location + "): " + reason(e), e);
    }

    static boolean isDuplicate(SQLException e) {
        return e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1;
    }

    static boolean isStillReferenced(SQLException e) {
        return e.getErrorCode() == ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_CHILD_EXISTS_1;
    }

    static boolean isMissingParent(SQLException e) {
        return e.getErrorCode() == ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1;
    }

    /** H2's first line, without the SQL text and the "[code-version]" tail. */
    static String reason(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int sql = message.indexOf("; SQL statement:");
        if (sql >= 0) {
            message = message.substring(0, sql);
        }
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        return message.replaceAll("\\s*\\[\\d+-\\d+]\\s*$", "").strip();
    }
}
