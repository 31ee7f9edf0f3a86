package org.isnad.ui.inspector;

import org.isnad.text.Graphemes;

/** A span's text shortened for a list or a choice: one line, cut between whole letters. */
final class Excerpt {
    static final int LIST = 90;
    /** The selected annotation's own text is shown in full up to this length. */
    static final int FULL = 1_500;

    private Excerpt() {
    }

    static String of(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.length() <= max) {
            return line;
        }
        int cut = Graphemes.floorBoundary(line, max);
        return line.substring(0, cut).stripTrailing() + "…";
    }
}
