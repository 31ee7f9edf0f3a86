package org.isnad.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurve;
import org.isnad.ui.style.StyleClasses;

/** Draws {@link LinkLine}s as arcs over the document, for the links whose two ends are both on screen. */
final class LinkOverlay extends Pane {

    private List<double[]> drawn = List.of();

    LinkOverlay() {
        getStyleClass().add(StyleClasses.LINK_OVERLAY);
        setMouseTransparent(true);
        setPickOnBounds(false);
    }

    /** Recomputes the arcs; touches the scene graph only when something moved. */
    void update(List<LinkLine> links, Function<String, Optional<Bounds>> boundsOfHighlight) {
        List<double[]> next = new ArrayList<>();
        for (LinkLine link : links) {
            Optional<Bounds> a = boundsOfHighlight.apply(link.fromHighlightId());
            Optional<Bounds> b = boundsOfHighlight.apply(link.toHighlightId());
            if (a.isPresent() && b.isPresent()) {
                Bounds from = a.get();
                Bounds to = b.get();
                next.add(new double[] {from.getCenterX(), from.getMinY(), to.getCenterX(), to.getMinY()});
            }
        }
        if (same(next, drawn)) {
            return;
        }
        drawn = next;
        List<Node> nodes = new ArrayList<>();
        for (double[] l : next) {
            double lift = Math.max(18, Math.min(60, Math.abs(l[2] - l[0]) * 0.25 + Math.abs(l[3] - l[1]) * 0.2));
            double top = Math.min(l[1], l[3]) - lift;
            CubicCurve c = new CubicCurve(l[0], l[1], l[0], top, l[2], top, l[2], l[3]);
            c.getStyleClass().add(StyleClasses.LINK_LINE);
            c.setManaged(false);
            Circle s = new Circle(l[0], l[1], 3);
            Circle e = new Circle(l[2], l[3], 3);
            s.getStyleClass().add(StyleClasses.LINK_END);
            e.getStyleClass().add(StyleClasses.LINK_END);
            s.setManaged(false);
            e.setManaged(false);
            nodes.addAll(List.of(c, s, e));
        }
        getChildren().setAll(nodes);
    }

    int drawnCount() {
        return drawn.size();
    }

    private static boolean same(List<double[]> a, List<double[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            for (int k = 0; k < 4; k++) {
                if (Math.abs(a.get(i)[k] - b.get(i)[k]) > 0.25) {
                    return false;
                }
            }
        }
        return true;
    }
}
