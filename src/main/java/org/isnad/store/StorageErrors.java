package org.isnad.store;

import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.isnad.message.Message;
import org.isnad.service.StorageException;

/**
 * Turns what H2 reports into messages a person can act on: what failed, and in which file. What was
 * being done is itself a {@link Message} ({@code store.do.*}), so that the whole text reads in one language.
 */
final class StorageErrors {
    static final String ALREADY_OPEN = "store.already.open";

    private StorageErrors() {
    }

    /** An error while opening the database file. */
    static StorageException onOpen(String location, SQLException e) {
        int code = e.getErrorCode();
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return alreadyOpen(location, e);
        }
        if (isDiskFull(e)) {
            return diskFull(Message.of("store.do.open"), location, e);
        }
        if (isReadOnly(e)) {
            return readOnly(location, e);
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
                || chainMentions(e, "MVStoreException") || chainMentions(e, "File corrupted")) {
            return new StorageException(Message.of("store.damaged", location, reason(e), restoreAdvice(location)), e);
        }
        if (code == ErrorCode.WRONG_USER_OR_PASSWORD) {
            return new StorageException(Message.of("store.foreign.file", location), e);
        }
        return new StorageException(Message.of("store.open.failed", location, reason(e)), e);
    }

    static StorageException alreadyOpen(String location, Throwable cause) {
        return new StorageException(Message.of(ALREADY_OPEN, location), cause);
    }

    /** Any other failure; {@code what} says what was being done, e.g. "save the actor «وكالة رويترز»". */
    static StorageException failed(Message what, String location, SQLException e) {
        if (isDiskFull(e)) {
            return diskFull(what, location, e);
        }
        if (isReadOnly(e)) {
            return new StorageException(Message.of("store.failed.read.only", what, location), e);
        }
        if (e.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED || chainMentions(e, "MVStoreException")
                || e.getErrorCode() == ErrorCode.IO_EXCEPTION_1 || e.getErrorCode() == ErrorCode.IO_EXCEPTION_2) {
            return new StorageException(Message.of("store.failed.write", what, location, reason(e)), e);
        }
        if (isRefusedByServer(e)) {
            return new StorageException(Message.of("store.server.refused", what, location, reason(e)), e);
        }
        if (isConnectionLost(e)) {
            return new StorageException(Message.of("store.server.lost", what, location, reason(e)), e);
        }
        return new StorageException(Message.of("store.failed", what, location, reason(e)), e);
    }

    static StorageException readOnly(String location, Throwable cause) {
        return new StorageException(Message.of("store.read.only", location), cause);
    }

    static StorageException diskFull(Message what, String location, Throwable cause) {
        return new StorageException(Message.of("store.disk.full", what, location), cause);
    }

    /** What to do about a damaged file: the backups folder and the command that goes back to one. */
    static Message restoreAdvice(String location) {
        java.nio.file.Path file = java.nio.file.Path.of(location);
        java.nio.file.Path folder = file.getParent() == null ? java.nio.file.Path.of(DatabaseBackups.FOLDER)
                : file.getParent().resolve(DatabaseBackups.FOLDER);
        return Message.of("store.restore.advice", folder.toString());
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

    // H2 and PostgreSQL agree on the SQLSTATE of a duplicate key (23505); PostgreSQL reports both kinds
    // of foreign key failure as 23503 and tells them apart in its words.
    static boolean isDuplicate(SQLException e) {
        return e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1 || "23505".equals(e.getSQLState());
    }

    static boolean isStillReferenced(SQLException e) {
        return e.getErrorCode() == ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_CHILD_EXISTS_1
                || (isPostgres(e) && "23503".equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains("update or delete"));
    }

    static boolean isMissingParent(SQLException e) {
        return e.getErrorCode() == ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1
                || (isPostgres(e) && "23503".equals(e.getSQLState()) && !String.valueOf(e.getMessage()).contains("update or delete"));
    }

    /** The server refused for lack of privilege or a row-level policy (SQLSTATE 42501). */
    static boolean isRefusedByServer(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && "42501".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The connection to the server was lost (SQLSTATE class 08, or the server shutting down: 57P0x). */
    static boolean isConnectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPostgres(SQLException e) {
        return e instanceof org.postgresql.util.PSQLException;
    }

    /** What the operating system said about a file, as a detail of a message (often only the file's name). */
    static String detail(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
