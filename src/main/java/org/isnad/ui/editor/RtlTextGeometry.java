package org.isnad.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.HitInfo;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The one place that corrects JavaFX text geometry for a right-to-left {@link TextFlow}
 * (W = width, insets L, R, T), as measured on JavaFX 21 and 25:
 * <ul>
 *   <li>{@code rangeShape}/{@code caretShape} come back mirrored: x' = W - R - x, y' = y + T;</li>
 *   <li>{@code hitTest} wants (W - R - x, y - T) before JavaFX 23 (JDK-8319844), (x - L, y - T) from 23 on.</li>
 * </ul>
 * All results are in the flow's local coordinates. A left-to-right flow gets plain insets handling.
 */
public final class RtlTextGeometry {

    /** JavaFX major version; the property is only set once the toolkit has started, so read it late. */
    private static volatile int fxMajor = -1;

    private RtlTextGeometry() {
    }

    /** Boxes covering the characters {@code [start, end)} of the flow, one per visual run, merged where they touch on a line. */
    public static List<Bounds> rangeBoxes(TextFlow flow, int start, int end) {
        if (end <= start) {
            return List.of();
        }
        List<double[]> rects = rectangles(flow.rangeShape(start, end));
        List<Bounds> out = new ArrayList<>(rects.size());
        for (double[] r : rects) {
            double x0 = toLocalX(flow, r[0]);
            double x1 = toLocalX(flow, r[2]);
            double y0 = r[1] + top(flow);
            double y1 = r[3] + top(flow);
            out.add(box(Math.min(x0, x1), y0, Math.max(x0, x1), y1));
        }
        addEmbeddedNodes(flow, start, end, out);
        return merge(out);
    }

    /**
     * {@code rangeShape} leaves out nodes embedded in the flow (an emoji picture counts as one character but
     * gets no range box): their laid-out box, as high as the line they sit on, is added here. Their layout
     * position is already in local coordinates, whatever the orientation.
     */
    private static void addEmbeddedNodes(TextFlow flow, int start, int end, List<Bounds> out) {
        int pos = 0;
        for (Node n : flow.getChildren()) {
            if (pos >= end) {
                return;
            }
            if (n instanceof Text t) {
                pos += t.getText().length();
                continue;
            }
            if (pos >= start && n.isManaged()) {
                Bounds lb = n.getLayoutBounds();
                double x0 = n.getLayoutX() + lb.getMinX();
                Bounds line = caretBounds(flow, pos);
                double y0 = Math.min(line.getMinY(), n.getLayoutY() + lb.getMinY());
                double y1 = Math.max(line.getMaxY(), n.getLayoutY() + lb.getMaxY());
                out.add(box(x0, y0, x0 + lb.getWidth(), y1));
            }
            pos += 1;
        }
    }

    /** The caret line before character {@code index} (its leading edge), as a zero-width box. */
    public static Bounds caretBounds(TextFlow flow, int index) {
        List<double[]> pts = points(flow.caretShape(index, true));
        if (pts.isEmpty()) {
            return box(0, 0, 0, 0);
        }
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        // a split caret (bidi boundary) has two segments; the first one is the primary caret
        int n = Math.min(2, pts.size());
        for (int i = 0; i < n; i++) {
            double[] p = pts.get(i);
            double x = toLocalX(flow, p[0]);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, p[1] + top(flow));
            maxY = Math.max(maxY, p[1] + top(flow));
        }
        return box(minX, minY, maxX, maxY);
    }

    /** The character under a point in flow coordinates. */
    public static int hitTest(TextFlow flow, Point2D local) {
        return hitInfo(flow, local).getCharIndex();
    }

    /** The full hit information (character index, insertion index, leading edge) for a point in flow coordinates. */
    public static HitInfo hitInfo(TextFlow flow, Point2D local) {
        double y = local.getY() - top(flow);
        double x;
        if (isRtl(flow) && fxMajorVersion() < 23) {
            x = flow.getWidth() - right(flow) - local.getX();
        } else {
            x = local.getX() - left(flow);
        }
        return flow.hitTest(new Point2D(x, y));
    }

    static int fxMajorVersion() {
        int v = fxMajor;
        if (v < 0) {
            String p = System.getProperty("javafx.runtime.version", "");
            v = parseMajor(p);
            if (!p.isEmpty()) {
                fxMajor = v;
            }
        }
        return v;
    }

    private static double toLocalX(TextFlow flow, double x) {
        return isRtl(flow) ? flow.getWidth() - right(flow) - x : x + left(flow);
    }

    private static boolean isRtl(TextFlow flow) {
        return flow.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
    }

    private static double top(TextFlow f) {
        Insets i = f.getInsets();
        return f.snapSpaceY(i.getTop());
    }

    private static double left(TextFlow f) {
        return f.snapSpaceX(f.getInsets().getLeft());
    }

    private static double right(TextFlow f) {
        return f.snapSpaceX(f.getInsets().getRight());
    }

    /** Each MoveTo starts a polygon (the range rectangles are MoveTo + 4 LineTo); returns {minX, minY, maxX, maxY} per polygon. */
    private static List<double[]> rectangles(PathElement[] elements) {
        List<double[]> out = new ArrayList<>();
        double[] cur = null;
        for (PathElement e : elements) {
            double x;
            double y;
            if (e instanceof MoveTo m) {
                cur = new double[] {m.getX(), m.getY(), m.getX(), m.getY()};
                out.add(cur);
                continue;
            } else if (e instanceof LineTo l) {
                x = l.getX();
                y = l.getY();
            } else if (e instanceof ClosePath) {
                continue;
            } else {
                continue;
            }
            if (cur == null) {
                cur = new double[] {x, y, x, y};
                out.add(cur);
            }
            cur[0] = Math.min(cur[0], x);
            cur[1] = Math.min(cur[1], y);
            cur[2] = Math.max(cur[2], x);
            cur[3] = Math.max(cur[3], y);
        }
        out.removeIf(r -> r[2] - r[0] <= 0 && r[3] - r[1] <= 0);
        return out;
    }

    private static List<double[]> points(PathElement[] elements) {
        List<double[]> out = new ArrayList<>();
        for (PathElement e : elements) {
            if (e instanceof MoveTo m) {
                out.add(new double[] {m.getX(), m.getY()});
            } else if (e instanceof LineTo l) {
                out.add(new double[] {l.getX(), l.getY()});
            }
        }
        return out;
    }

    /** Joins boxes of one line that touch or overlap horizontally (a range over several Text nodes comes in pieces). */
    private static List<Bounds> merge(List<Bounds> boxes) {
        if (boxes.size() < 2) {
            return boxes;
        }
        List<Bounds> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingDouble(Bounds::getMinY).thenComparingDouble(Bounds::getMinX));
        List<Bounds> out = new ArrayList<>();
        Bounds cur = sorted.get(0);
        for (int i = 1; i < sorted.size(); i++) {
            Bounds b = sorted.get(i);
            boolean sameLine = Math.abs(b.getMinY() - cur.getMinY()) < 0.5 && Math.abs(b.getMaxY() - cur.getMaxY()) < 0.5;
            if (sameLine && b.getMinX() <= cur.getMaxX() + 0.5) {
                cur = box(cur.getMinX(), Math.min(cur.getMinY(), b.getMinY()),
                        Math.max(cur.getMaxX(), b.getMaxX()), Math.max(cur.getMaxY(), b.getMaxY()));
            } else {
                out.add(cur);
                cur = b;
            }
        }
        out.add(cur);
        return out;
    }

    private static Bounds box(double x0, double y0, double x1, double y1) {
        return new BoundingBox(x0, y0, x1 - x0, y1 - y0);
    }

    static int parseMajor(String version) {
        int i = 0;
        while (i < version.length() && Character.isDigit(version.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return 21; // unknown: assume the version this project ships
        }
        return Integer.parseInt(version.substring(0, i));
    }
}
