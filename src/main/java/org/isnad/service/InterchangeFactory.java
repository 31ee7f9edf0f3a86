package org.isnad.service;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * Makes an {@link Interchange} over a database; the database is asked for only when an import or
 * export needs it (verifying a bundle opens none).
 */
@FunctionalInterface
public interface InterchangeFactory {
    Interchange over(Supplier<Repositories> repositories, Clock clock);
}
