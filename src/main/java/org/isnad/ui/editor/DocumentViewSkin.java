package org.isnad.ui.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.SkinBase;

/**
 * Shows a {@link DocumentView}: a {@link ListView} of {@link ParagraphCell}s, so that only the visible
 * paragraphs are laid out, and the {@link LinkOverlay} over it, redrawn after each layout pulse because
 * scrolling moves the ends of the lines.
 */
final class DocumentViewSkin extends SkinBase<DocumentView> {

    private final ListView<Integer> list = new ListView<>();
    private final LinkOverlay overlay = new LinkOverlay();
    private final Set<ParagraphCell> cells = Collections.newSetFromMap(new WeakHashMap<>());
    private final DocumentViewport viewport;
    private final DocumentKeys keys;
    private final Runnable postLayout = this::updateLinks;
    private final ChangeListener<Scene> sceneListener = (o, old, scene) -> follow(old, scene);

    DocumentViewSkin(DocumentView view) {
        super(view);
        // the view handled no mouse events of its own before it had a skin; its parents still see them
        consumeMouseEvents(false);
        list.setFocusTraversable(false);
        // the scroll bar goes on the reading side's end; paragraph flows keep their own orientation
        list.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        list.setCellFactory(v -> {
            ParagraphCell c = new ParagraphCell(view);
            cells.add(c);
            return c;
        });
        overlay.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        getChildren().addAll(list, overlay);
        viewport = new DocumentViewport(view, list, cells);
        new DocumentPointer(view, viewport).install(list);
        keys = new DocumentKeys(view);
        keys.install();
        view.sceneProperty().addListener(sceneListener);
        follow(null, view.getScene());
        showParagraphs();
    }

    DocumentViewport viewport() {
        return viewport;
    }

    /** Shows the view's current paragraphs from the top. */
    void showParagraphs() {
        int n = getSkinnable().blocks().size();
        list.getItems().setAll(IntStream.range(0, n).boxed().collect(Collectors.toList()));
        list.refresh();
    }

    /** Redraws the highlights and selection of the cells showing these paragraphs. */
    void redraw(Set<Integer> changed) {
        for (ParagraphCell c : new ArrayList<>(cells)) {
            if (changed.contains(c.block())) {
                c.refreshDecorations();
            }
        }
    }

    /** Re-reads what every live cell draws (after a view-wide setting changed). */
    void refreshAll() {
        for (ParagraphCell c : new ArrayList<>(cells)) {
            c.refreshDecorations();
        }
    }

    /** The text size changed: every cell takes the new font (dropping its cached heights) and the list measures again. */
    void fontChanged() {
        for (ParagraphCell c : new ArrayList<>(cells)) {
            c.flow().setFont(getSkinnable().documentFont());
        }
        list.refresh();
        getSkinnable().requestLayout();
    }

    void linksChanged() {
        getSkinnable().requestLayout();
        updateLinks();
    }

    int createdParagraphFlows() {
        return cells.size();
    }

    int overlayLinkCount() {
        return overlay.drawnCount();
    }

    @Override
    public void dispose() {
        DocumentView view = getSkinnable();
        if (view == null) {
            return;
        }
        view.sceneProperty().removeListener(sceneListener);
        follow(view.getScene(), null);
        keys.uninstall();
        super.dispose();
    }

    private void follow(Scene old, Scene scene) {
        if (old != null) {
            old.removePostLayoutPulseListener(postLayout);
        }
        if (scene != null) {
            scene.addPostLayoutPulseListener(postLayout);
        }
    }

    private void updateLinks() {
        List<LinkLine> links = getSkinnable().links();
        if (links.isEmpty() && overlay.drawnCount() == 0) {
            return;
        }
        HighlightIndex highlights = getSkinnable().highlightIndex();
        overlay.update(links, id -> {
            // link lines join annotations
            Highlight h = highlights.get(new HighlightRef(HighlightOwner.ANNOTATIONS, id));
            if (h == null) {
                return Optional.empty();
            }
            // anchor on the first character's line when it is on screen, else on whatever part is
            Optional<Bounds> b = viewport.rangeBoundsInView(h.start(), Math.min(h.end(), h.start() + 1))
                    .flatMap(first -> viewport.rangeBoxesInView(h.start(), h.end()).stream()
                            .filter(x -> x.intersects(first)).findFirst())
                    .or(() -> viewport.rangeBoundsInView(h.start(), h.end()));
            return b.map(x -> overlay.sceneToLocal(getSkinnable().localToScene(x)));
        });
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        list.resizeRelocate(x, y, w, h);
        overlay.resizeRelocate(x, y, w, h);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 480;
    }

    // as a plain region: no minimum beyond the insets, whatever the list would ask
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom;
    }
}
