package org.isnad.cli;

import org.isnad.service.Repositories;

/** Opens the database that {@code --db} (or the default) names; given by the composition root. */
@FunctionalInterface
public interface StoreOpener {
    Repositories open(String dbOption);
}
