package org.isnad.service;

import java.time.LocalDate;

/**
 * Which articles the library shows; a null field does not filter. {@code state} is a review state key
 * ({@code new}, {@code in_progress}, {@code submitted}, {@code changes_requested}, {@code approved}): a
 * document's state is the least advanced of its sets. {@code titleText} matches the folded title.
 */
public record LibraryFilter(String state, String outlet, LocalDate from, LocalDate to, String annotator, String tag,
                            String titleText) {
    public static final LibraryFilter ALL = new LibraryFilter(null, null, null, null, null, null, null);

    public LibraryFilter {
        state = blankToNull(state);
        outlet = blankToNull(outlet);
        annotator = blankToNull(annotator);
        tag = blankToNull(tag);
        titleText = blankToNull(titleText);
    }

    public LibraryFilter withState(String value) {
        return new LibraryFilter(value, outlet, from, to, annotator, tag, titleText);
    }

    public LibraryFilter withOutlet(String value) {
        return new LibraryFilter(state, value, from, to, annotator, tag, titleText);
    }

    public LibraryFilter withDates(LocalDate fromDay, LocalDate toDay) {
        return new LibraryFilter(state, outlet, fromDay, toDay, annotator, tag, titleText);
    }

    public LibraryFilter withAnnotator(String value) {
        return new LibraryFilter(state, outlet, from, to, value, tag, titleText);
    }

    public LibraryFilter withTag(String value) {
        return new LibraryFilter(state, outlet, from, to, annotator, value, titleText);
    }

    public LibraryFilter withTitleText(String value) {
        return new LibraryFilter(state, outlet, from, to, annotator, tag, value);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
