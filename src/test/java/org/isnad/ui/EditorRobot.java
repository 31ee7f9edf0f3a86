package org.isnad.ui;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.isnad.testing.FxToolkitExtension;
import org.isnad.ui.editor.DocumentView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the document view of the real window the way an analyst does: drags over letters, keys. */
final class EditorRobot {
    private final FxRobot robot = new FxRobot();

    DocumentView view() {
        return robot.lookup(".document-view").queryAs(DocumentView.class);
    }

    static <T> T fx(Callable<T> work) {
        return FxToolkitExtension.fx(work);
    }

    /** The screen point in the middle of the letter at a document offset (scrolled into view first). */
    Point2D letter(int offset) {
        fx(() -> {
            view().scrollToOffset(offset);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> {
            List<Bounds> boxes = view().rangeBoxesInView(offset, offset + 1);
            if (boxes.isEmpty()) {
                throw new AssertionError("the letter at " + offset + " is not on screen");
            }
            Bounds b = boxes.get(0);
            return view().localToScreen(b.getCenterX(), b.getCenterY());
        });
    }

    /** Drags from the first letter of {@code [start, end)} to its last letter, as a mouse selection. */
    void select(int start, int end) {
        Point2D from = letter(start);
        Point2D to = letter(end - 1);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks a letter (selecting the innermost annotation there). */
    void click(int offset) {
        robot.moveTo(letter(offset)).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void type(KeyCode... keys) {
        robot.type(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void press(KeyCode... combination) {
        robot.press(combination).release(combination);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
