package org.isnad.ui.editor;

import static org.isnad.testing.FxToolkitExtension.fx;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Where a document offset is on the screen in a real {@link DocumentView}, through {@link RtlTextGeometry}, for the
 * tests that drive the view with the TestFX robot: scroll an offset into view, find a character's point, drag.
 */
final class ViewPoints {
    private final DocumentView view;

    ViewPoints(DocumentView view) {
        this.view = view;
    }

    /** Scrolls the view so that the offset is on screen, and waits for the layout. */
    void show(int offset) {
        fx(() -> {
            view.scrollToOffset(offset);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The screen point at the centre of the character at a document offset. */
    Point2D of(int offset) {
        return of(offset, 0.5);
    }

    /** A point inside the character's box, {@code fromLeft} of its width from its left edge. */
    Point2D of(int offset, double fromLeft) {
        return fx(() -> {
            int p = view.paragraphs().indexOf(offset);
            ParagraphCell cell = view.cellOf(p);
            assertNotNull(cell, "paragraph " + p + " on screen");
            int local = offset - view.paragraphs().get(p).start();
            Bounds b = RtlTextGeometry.rangeBoxes(cell.flow().textFlow(), local, local + 1).get(0);
            return cell.flow().textFlow().localToScreen(b.getMinX() + b.getWidth() * fromLeft, b.getCenterY());
        });
    }

    /** A primary-button drag from one screen point to another. */
    static void drag(FxRobot robot, Point2D from, Point2D to) {
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
