package org.isnad.service;

import java.util.Optional;

/** The user's own settings on this computer (not shared through the database): for now, the name they act under. */
public interface UserSettings {
    /** The name saved on an earlier start, if any. */
    Optional<String> userName();

    /** Saves the name the user gave; it must be one line, not blank. */
    void saveUserName(String name);

    // --- editor-keys (issue 18): the window's language ---

    /** The window's language chosen in View → Language ("ar" or "en"), if one was chosen. */
    Optional<String> language();

    /** Saves the window's language: "ar" or "en". */
    void saveLanguage(String languageTag);

    /** Whether numbers in an Arabic window are shown in Arabic-Indic digits (٠١٢٣); true unless turned off. */
    boolean arabicIndicDigits();

    void saveArabicIndicDigits(boolean on);
}
