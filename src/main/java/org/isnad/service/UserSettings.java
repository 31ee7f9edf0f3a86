package org.isnad.service;

import java.util.Optional;

/** The user's own settings on this computer (not shared through the database): for now, the name they act under. */
public interface UserSettings {
    /** The name saved on an earlier start, if any. */
    Optional<String> userName();

    /** Saves the name the user gave; it must be one line, not blank. */
    void saveUserName(String name);
}
