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
        if (isDiskFull(e)) {
            return diskFull("open the database", location, e);
        }
        if (isReadOnly(e)) {
            return readOnly(location, e);
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
                || chainMentions(e, "MVStoreException") || chainMentions(e, "File corrupted")) {
            return new StorageException("The database file " + location
                    + " is damaged or is not an Isnad database (" + reason(e) + "). " + restoreAdvice(location), e);
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
        if (isDiskFull(e)) {
            return diskFull(what, location, e);
        }
        if (isReadOnly(e)) {
            return new StorageException("Could not " + what + ": the database " + location
                    + " can no longer be written (its folder or disk became read-only). This change was not saved;"
                    + " every change shown as saved before it is in the file. Make the folder writable and start Isnad again.", e);
        }
        if (e.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED || chainMentions(e, "MVStoreException")
                || e.getErrorCode() == ErrorCode.IO_EXCEPTION_1 || e.getErrorCode() == ErrorCode.IO_EXCEPTION_2) {
            return new StorageException("Could not " + what + ": the database " + location
                    + " could not be written (" + reason(e) + "). This change was not saved; every change shown as"
                    + " saved before it is in the file. Close Isnad, check the disk, and start it again.", e);
        }
        return new StorageException("Could not " + what + " (database " + location + "): " + reason(e), e);
    }

    static StorageException readOnly(String location, Throwable cause) {
        return new StorageException("The database " + location + " cannot be written: its folder or file is read-only."
                + " Isnad saves every change at once, so it needs to write there: make the folder writable,"
                + " or choose another database with --db.", cause);
    }

    static StorageException diskFull(String what, String location, Throwable cause) {
        return new StorageException("Could not " + what + ": the disk that holds the database " + location
                + " is full. This change was not saved; every change shown as saved before it is in the file."
                + " Free some space and start Isnad again.", cause);
    }

    /** What to do about a damaged file: the backups folder and the command that goes back to one. */
    static String restoreAdvice(String location) {
        java.nio.file.Path file = java.nio.file.Path.of(location);
        java.nio.file.Path folder = file.getParent() == null ? java.nio.file.Path.of(DatabaseBackups.FOLDER)
                : file.getParent().resolve(DatabaseBackups.FOLDER);
        return "Restore a backup: its backups are in " + folder + "; `isnad restore --list` lists them and"
                + " `isnad restore NAME` puts one back (the damaged file is kept as a safety copy).";
    }

    static boolean isDiskFull(Throwable e) {
        return chainMentions(e, "No space left on device") || chainMentions(e, "There is not enough space")
                || chainMentions(e, "Disk quota exceeded");
    }

    static boolean isReadOnly(Throwable e) {
        return (e instanceof SQLException s && s.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY)
                || chainMentions(e, "Read-only file system") || chainMentions(e, "AccessDeniedException")
                || chainMentions(e, "Permission denied");
    }

    /** Whether any exception in the cause chain says {@code words} (H2 wraps the operating system's message). */
    static boolean chainMentions(Throwable e, String words) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.toString().contains(words)) {
                return true;
            }
        }
        return false;
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
        // H2 writes the class names of its internal errors into the text ("org.h2.mvstore.MVStoreException: …"); a person needs the words
        message = message.replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error):?\\s*", "");
        return message.replaceAll("\\s*\\[\\d+-\\d+](?:\\s*\\[[0-9./]+])?\\s*$", "").replace("IO Exception", "read or write error").strip();
    }
}
