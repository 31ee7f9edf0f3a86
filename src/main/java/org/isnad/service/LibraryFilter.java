package org.isnad.service;

import java.time.LocalDate;

/**
 * Which articles the library shows; a null field does not filter. {@code state} is a review state key
 * ({@code new}, {@code in_progress}, {@code submitted}, {@code changes_requested}, {@code approved}): a
 * document's state is the least advanced of its sets. {@code titleText} matches the folded title.
 */
public record LibraryFilter(String state, String outlet, LocalDate from, LocalDate to, String annotator, String tag,
                            String titleText, String assignedTo) {
    public static final LibraryFilter ALL = new LibraryFilter(null, null, null, null, null, null, null, null);

    /** A filter of the library's bar, without the "my work" part. */
    public LibraryFilter(String state, String outlet, LocalDate from, LocalDate to, String annotator, String tag, String titleText) {
        this(state, outlet, from, to, annotator, tag, titleText, null);
    }

    public LibraryFilter {
        state = blankToNull(state);
        outlet = blankToNull(outlet);
        annotator = blankToNull(annotator);
        tag = blankToNull(tag);
        titleText = blankToNull(titleText);
        assignedTo = blankToNull(assignedTo);
    }

    public LibraryFilter withState(String value) {
        return new LibraryFilter(value, outlet, from, to, annotator, tag, titleText, assignedTo);
    }

    public LibraryFilter withOutlet(String value) {
        return new LibraryFilter(state, value, from, to, annotator, tag, titleText, assignedTo);
    }

    public LibraryFilter withDates(LocalDate fromDay, LocalDate toDay) {
        return new LibraryFilter(state, outlet, fromDay, toDay, annotator, tag, titleText, assignedTo);
    }

    public LibraryFilter withAnnotator(String value) {
        return new LibraryFilter(state, outlet, from, to, value, tag, titleText, assignedTo);
    }

    public LibraryFilter withTag(String value) {
        return new LibraryFilter(state, outlet, from, to, annotator, value, titleText, assignedTo);
    }

    public LibraryFilter withTitleText(String value) {
        return new LibraryFilter(state, outlet, from, to, annotator, tag, value, assignedTo);
    }

    /** "My work": only the documents assigned to {@code user}, as analyst or as curator; null for every document. */
    public LibraryFilter withAssignedTo(String user) {
        return new LibraryFilter(state, outlet, from, to, annotator, tag, titleText, user);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
