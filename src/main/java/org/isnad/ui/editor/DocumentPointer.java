package org.isnad.ui.editor;

import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.isnad.text.Graphemes;
import org.isnad.text.Words;

/**
 * The mouse on a {@link DocumentView}: drag, double-click and shift+click select text; a drag or a Shift+click
 * takes whole words ({@link Words}) unless the view is letter-precise or Alt is held, which takes whole
 * characters under the pointer. A click without a drag outlines the innermost selectable highlight there.
 * Holding a drag above or below the view keeps scrolling it. Presses on the list's scroll bar are left to it.
 */
final class DocumentPointer {

    private static final double DRAG_THRESHOLD = 3;
    private static final double AUTO_SCROLL_MS = 40;

    private final DocumentView view;
    private final DocumentViewport viewport;
    private int pressChar = -1;
    private double pressX;
    private double pressY;
    private boolean dragging;
    private DocumentHit pressHit;
    private boolean letters;
    private double lastX;
    private double lastY;
    /** Keeps scrolling while a drag is held past the top or bottom edge, even when the mouse stops moving. */
    private final Timeline autoScroll = new Timeline(new KeyFrame(Duration.millis(AUTO_SCROLL_MS), e -> autoScrollStep()));

    DocumentPointer(DocumentView view, DocumentViewport viewport) {
        this.view = view;
        this.viewport = viewport;
        autoScroll.setCycleCount(Animation.INDEFINITE);
    }

    void install(ListView<Integer> list) {
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        list.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        list.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        list.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (!onScrollBar(e)) {
                e.consume();
            }
        });
    }

    private void pressed(MouseEvent e) {
        if (onScrollBar(e)) {
            return;
        }
        e.consume();
        view.requestFocus();
        pressChar = -1;
        pressHit = null;
        dragging = false;
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Optional<DocumentHit> hit = viewport.hitAt(e.getSceneX(), e.getSceneY());
        if (hit.isEmpty()) {
            return;
        }
        DocumentHit h = hit.get();
        if (e.getClickCount() == 2) {
            selectWord(h);
            return;
        }
        if (e.isShiftDown()) {
            int a = view.getAnchorOffset();
            int c = h.charOffset();
            if (letterPrecise(e)) {
                view.select(a, c >= a ? clusterEnd(c) : clusterStart(c));
            } else {
                selectWords(c >= a ? a : a - 1, c);
            }
            return;
        }
        letters = letterPrecise(e);
        pressChar = h.charOffset();
        pressHit = h;
        pressX = e.getSceneX();
        pressY = e.getSceneY();
        view.select(h.insertionOffset(), h.insertionOffset());
    }

    private void dragged(MouseEvent e) {
        if (onScrollBar(e) && pressChar < 0) {
            return;
        }
        e.consume();
        if (pressChar < 0) {
            return;
        }
        if (!dragging && Math.hypot(e.getSceneX() - pressX, e.getSceneY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        lastX = e.getSceneX();
        lastY = e.getSceneY();
        viewport.autoScrollTowards(lastY);
        extendTo(lastX, lastY);
        if (outsideVertically(lastY)) {
            autoScroll.play();
        } else {
            autoScroll.stop();
        }
    }

    /** One step of the auto-scroll while the pointer is held above or below the view: scroll, then extend. */
    private void autoScrollStep() {
        if (pressChar < 0 || !dragging || !outsideVertically(lastY)) {
            autoScroll.stop();
            return;
        }
        viewport.autoScrollTowards(lastY);
        view.applyCss();
        view.layout();
        extendTo(lastX, lastY);
    }

    private boolean outsideVertically(double sceneY) {
        Bounds b = view.localToScene(view.getLayoutBounds());
        return sceneY < b.getMinY() || sceneY > b.getMaxY();
    }

    private void extendTo(double sceneX, double sceneY) {
        viewport.hitAt(sceneX, sceneY).ifPresent(h -> {
            int c = h.charOffset();
            if (!letters) {
                selectWords(pressChar, c);
                return;
            }
            // whole characters from the pressed one to the one under the pointer, in either direction
            if (c >= pressChar) {
                view.select(clusterStart(pressChar), clusterEnd(c));
            } else {
                view.select(clusterEnd(pressChar), clusterStart(c));
            }
        });
    }

    private void released(MouseEvent e) {
        if (onScrollBar(e) && pressChar < 0) {
            return;
        }
        e.consume();
        if (pressChar >= 0 && !dragging && pressHit != null) {
            view.selectedHighlightProperty().set(viewport.highlightAt(pressHit));
        }
        pressChar = -1;
        pressHit = null;
        dragging = false;
        autoScroll.stop();
    }

    /** Where the character cluster holding {@code offset} ends: an emoji, a flag or a letter with its harakat is never cut. */
    private int clusterEnd(int offset) {
        String text = view.getText();
        return Graphemes.ceilBoundary(text, Math.min(text.length(), offset + 1));
    }

    private int clusterStart(int offset) {
        return Graphemes.floorBoundary(view.getText(), offset);
    }

    private boolean letterPrecise(MouseEvent e) {
        return e.isAltDown() || !view.wholeWordsProperty().get();
    }

    /** The whole words from the one holding character {@code from} to the one holding {@code to}, anchored at {@code from}'s side. */
    private void selectWords(int from, int to) {
        String text = view.getText();
        if (text.isEmpty()) {
            return;
        }
        int f = Math.max(0, Math.min(text.length() - 1, from));
        int t = Math.max(0, Math.min(text.length() - 1, to));
        org.isnad.text.TextRange r = Words.widen(text, Math.min(f, t), Math.max(f, t) + 1);
        if (t >= f) {
            view.select(r.start(), r.end());
        } else {
            view.select(r.end(), r.start());
        }
    }

    private void selectWord(DocumentHit h) {
        TextParagraphs.Paragraph p = view.paragraphs().get(h.paragraph());
        String text = view.paragraphs().paragraphText(h.paragraph());
        TextParagraphs.Token w = TextParagraphs.wordAt(text, h.charOffset() - p.start());
        view.select(p.start() + w.start(), p.start() + w.end());
    }

    private static boolean onScrollBar(MouseEvent e) {
        for (Object t = e.getTarget(); t instanceof Node n; t = n.getParent()) {
            if (n instanceof ScrollBar) {
                return true;
            }
            if (n instanceof ListView) {
                return false;
            }
        }
        return false;
    }
}
