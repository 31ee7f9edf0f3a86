package org.isnad.ui.library;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import javafx.util.StringConverter;

/**
 * Dates typed as YYYY-MM-DD (the form the CLI and the article details take), in any language of the
 * window. Text that is not a date is reported and read as no date, rather than thrown at the window.
 */
final class IsoDates extends StringConverter<LocalDate> {
    private final Consumer<String> bad;

    IsoDates(Consumer<String> bad) {
        this.bad = bad;
    }

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    @Override
    public LocalDate fromString(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            bad.accept(typed.strip());
            return null;
        }
    }
}
