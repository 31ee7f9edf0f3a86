package org.isnad.service;

import java.util.Optional;
import java.util.OptionalInt;

/** The user's own settings on this computer (not shared through the database): the name they act under, the text size. */
public interface UserSettings {
    /** The name saved on an earlier start, if any. */
    Optional<String> userName();

    /** Saves the name the user gave; it must be one line, not blank. */
    void saveUserName(String name);

    /** The article's text size in percent of the normal size (View → Text size), if the user changed it. */
    OptionalInt textSizePercent();

    /** Saves the article's text size in percent. */
    void saveTextSizePercent(int percent);

    // --- editor-keys (issue 18): the window's language ---

    /** The window's language chosen in View → Language ("ar" or "en"), if one was chosen. */
    Optional<String> language();

    /** Saves the window's language: "ar" or "en". */
    void saveLanguage(String languageTag);

    /** Whether numbers in an Arabic window are shown in Arabic-Indic digits (٠١٢٣); true unless turned off. */
    boolean arabicIndicDigits();

    void saveArabicIndicDigits(boolean on);

    // --- team-live (issue 15): the team server the window connects to at start ---

    /** The team server's address (never a password) that the window connected to last, if it did not go back to the local database. */
    Optional<String> serverAddress();

    /** Remembers the team server's address for the next start; empty: the local database. */
    void saveServerAddress(Optional<String> address);
}
