package org.isnad.service;

import java.util.List;
import org.isnad.message.Message;

/**
 * The rolling backups of one database (docs/adr/0006-backups.md): listing them and going back to
 * one. Implemented by the store; the window reaches it through the composition root.
 */
public interface Backups {
    /** Every backup of this database, newest first. */
    List<Backup> list();

    /**
     * Puts the database back as it was in {@code backup}. The current database file is kept first
     * as a safety copy in the backups folder, so a restore can itself be undone.
     *
     * @return what to tell the person: what was restored and where the safety copy is
     * @throws StorageException when the database is open elsewhere, or the backup cannot be read
     */
    Message restore(Backup backup);
}
