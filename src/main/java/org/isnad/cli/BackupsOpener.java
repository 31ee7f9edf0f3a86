package org.isnad.cli;

import org.isnad.service.Backups;

/** The backups of the database that {@code --db} (or the default) names, without opening it; given by the composition root. */
@FunctionalInterface
public interface BackupsOpener {
    Backups open(String dbOption);
}
