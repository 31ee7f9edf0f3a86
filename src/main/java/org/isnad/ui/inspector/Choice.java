package org.isnad.ui.inspector;

/** One entry of a choice list: a value (null for "none") and what the analyst reads. */
public record Choice<T>(T value, String label) {
    @Override
    public String toString() {
        return label;
    }
}
