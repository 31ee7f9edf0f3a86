package org.isnad.cli;

import org.isnad.service.TeamServer;

/** Connects to the team server that {@code --db} (or {@code ISNAD_DB}) names, for {@code isnad server}; given by the composition root. */
@FunctionalInterface
public interface TeamServerOpener {
    TeamServer open(String dbOption);
}
