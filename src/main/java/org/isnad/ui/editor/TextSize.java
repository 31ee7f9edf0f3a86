package org.isnad.ui.editor;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The article's text size as a percentage of the normal size, 70 % to 250 %, in steps (View → Text size,
 * Ctrl+= and Ctrl+-). The document view lays its text out again at once when it changes.
 */
public final class TextSize {
    public static final int MIN = 70;
    public static final int MAX = 250;
    public static final int NORMAL = 100;
    private static final int[] STEPS = {70, 80, 90, 100, 110, 120, 135, 150, 175, 200, 225, 250};

    private final ReadOnlyIntegerWrapper percent = new ReadOnlyIntegerWrapper(this, "percent", NORMAL);

    public ReadOnlyIntegerProperty percentProperty() {
        return percent.getReadOnlyProperty();
    }

    public int percent() {
        return percent.get();
    }

    /** Sets the size, kept within 70 %–250 %. */
    public void set(int value) {
        percent.set(Math.max(MIN, Math.min(MAX, value)));
    }

    /** The next step up; at 250 % nothing changes. */
    public void larger() {
        for (int s : STEPS) {
            if (s > percent.get()) {
                percent.set(s);
                return;
            }
        }
    }

    /** The next step down; at 70 % nothing changes. */
    public void smaller() {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < percent.get()) {
                percent.set(STEPS[i]);
                return;
            }
        }
    }

    public void reset() {
        percent.set(NORMAL);
    }
}
