package org.isnad.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.HitInfo;

/**
 * Where the document is on screen: which paragraph cells are visible, the character under a scene point,
 * the boxes of a text range in the view's coordinates, and the scrolling that brings an offset into view.
 * The per-paragraph geometry comes from {@link RtlTextGeometry} through each cell's {@link ParagraphFlow}.
 */
final class DocumentViewport {

    /** The most the view scrolls per drag event when the pointer is above or below it. */
    private static final double MAX_AUTO_SCROLL = 40;

    private final DocumentView view;
    private final ListView<Integer> list;
    private final Set<ParagraphCell> cells;

    DocumentViewport(DocumentView view, ListView<Integer> list, Set<ParagraphCell> cells) {
        this.view = view;
        this.list = list;
        this.cells = cells;
    }

    /** Scrolls so that the line holding {@code offset} is visible. */
    void scrollToOffset(int offset) {
        DisplayBlocks paragraphs = view.blocks();
        int p = paragraphs.caretBlockOf(offset);
        if (p < 0) {
            return;
        }
        if (!isFullyVisible(p)) {
            list.scrollTo(p);
            list.layout();
        }
        ParagraphCell cell = cellOf(p);
        VirtualFlow<?> flow = virtualFlow();
        if (cell == null || flow == null) {
            return;
        }
        int local = Math.min(offset - paragraphs.get(p).start(), paragraphs.get(p).length());
        Bounds caretBox = toView(cell.flow(), RtlTextGeometry.caretBounds(cell.flow().textFlow(), local));
        double viewH = list.getHeight();
        if (caretBox.getMaxY() > viewH) {
            flow.scrollPixels(caretBox.getMaxY() - viewH + caretBox.getHeight());
        } else if (caretBox.getMinY() < 0) {
            flow.scrollPixels(caretBox.getMinY() - caretBox.getHeight());
        }
    }

    /** Scrolls a little towards a pointer dragged above or below the view. */
    void autoScrollTowards(double sceneY) {
        VirtualFlow<?> flow = virtualFlow();
        if (flow == null) {
            return;
        }
        Bounds b = list.localToScene(list.getLayoutBounds());
        if (sceneY < b.getMinY()) {
            flow.scrollPixels(-Math.min(MAX_AUTO_SCROLL, b.getMinY() - sceneY));
        } else if (sceneY > b.getMaxY()) {
            flow.scrollPixels(Math.min(MAX_AUTO_SCROLL, sceneY - b.getMaxY()));
        }
    }

    /** The union of the visible boxes of {@code [start, end)}, in the view's coordinates; empty if none is on screen. */
    Optional<Bounds> rangeBoundsInView(int start, int end) {
        List<Bounds> boxes = rangeBoxesInView(start, end);
        if (boxes.isEmpty()) {
            return Optional.empty();
        }
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (Bounds b : boxes) {
            x0 = Math.min(x0, b.getMinX());
            y0 = Math.min(y0, b.getMinY());
            x1 = Math.max(x1, b.getMaxX());
            y1 = Math.max(y1, b.getMaxY());
        }
        return Optional.of(new BoundingBox(x0, y0, x1 - x0, y1 - y0));
    }

    /** The per-line boxes of {@code [start, end)} that are on screen, in the view's coordinates. */
    List<Bounds> rangeBoxesInView(int start, int end) {
        List<Bounds> out = new ArrayList<>();
        Bounds viewport = new BoundingBox(0, 0, list.getWidth(), list.getHeight());
        for (ParagraphCell cell : visibleCells()) {
            TextParagraphs.Paragraph p = view.blocks().get(cell.block());
            int s = Math.max(start, p.start());
            int e = Math.min(end, p.end());
            if (s >= e) {
                continue;
            }
            for (Bounds b : cell.flow().rangeBoxes(s - p.start(), e - p.start())) {
                Bounds v = toView(cell.flow(), b);
                if (v.intersects(viewport)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** The character under a point in scene coordinates (the nearest paragraph and line when outside the text). */
    Optional<DocumentHit> hitAt(double sceneX, double sceneY) {
        ParagraphCell best = null;
        double bestDist = Double.MAX_VALUE;
        for (ParagraphCell cell : visibleCells()) {
            Bounds b = cell.flow().localToScene(cell.flow().getLayoutBounds());
            double d = sceneY < b.getMinY() ? b.getMinY() - sceneY : sceneY > b.getMaxY() ? sceneY - b.getMaxY() : 0;
            if (d < bestDist) {
                bestDist = d;
                best = cell;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        ParagraphFlow flow = best.flow();
        Point2D local = flow.sceneToLocal(sceneX, sceneY);
        double y = Math.max(1, Math.min(flow.getHeight() - 1, local.getY()));
        Point2D clamped = new Point2D(local.getX(), y);
        HitInfo hit = flow.hitInfo(clamped);
        TextParagraphs.Paragraph p = view.blocks().get(best.block());
        int ch = Math.max(0, Math.min(p.length() - 1, hit.getCharIndex()));
        int ins = Math.max(0, Math.min(p.length(), hit.getInsertionIndex()));
        // the hit names the logical paragraph: a display chunk is not a paragraph
        return Optional.of(new DocumentHit(view.blocks().paragraphOf(best.block()), p.start() + ch, p.start() + ins, flow, clamped));
    }

    /** The innermost selectable highlight under a hit whose box really contains the point, or null. */
    HighlightRef highlightAt(DocumentHit hit) {
        int block = view.blocks().caretBlockOf(hit.charOffset());
        int pStart = view.blocks().get(block).start();
        for (HighlightIndex.Placed placed : view.highlightIndex().selectableAt(block, hit.charOffset())) {
            Highlight h = placed.highlight();
            for (Bounds b : hit.flow().rangeBoxes(h.start() - pStart, h.end() - pStart)) {
                if (b.getMinX() - 1 <= hit.local().getX() && hit.local().getX() <= b.getMaxX() + 1
                        && b.getMinY() - 1 <= hit.local().getY() && hit.local().getY() <= b.getMaxY() + 1) {
                    return placed.ref();
                }
            }
        }
        return null;
    }

    /** Live cells showing a paragraph inside the list's viewport (not the list's measuring cell). */
    List<ParagraphCell> visibleCells() {
        List<ParagraphCell> out = new ArrayList<>();
        Bounds viewport = list.localToScene(list.getLayoutBounds());
        int size = view.blocks().size();
        for (ParagraphCell c : cells) {
            if (c.block() < 0 || c.block() >= size || c.getScene() == null || !treeVisible(c)) {
                continue;
            }
            if (c.localToScene(c.getLayoutBounds()).intersects(viewport)) {
                out.add(c);
            }
        }
        out.sort((a, b) -> Integer.compare(a.block(), b.block()));
        return out;
    }

    ParagraphCell cellOf(int block) {
        for (ParagraphCell c : visibleCells()) {
            if (c.block() == block) {
                return c;
            }
        }
        return null;
    }

    private VirtualFlow<?> virtualFlow() {
        return (VirtualFlow<?>) list.lookup(".virtual-flow");
    }

    private boolean isFullyVisible(int p) {
        ParagraphCell c = cellOf(p);
        if (c == null) {
            return false;
        }
        Bounds b = list.sceneToLocal(c.localToScene(c.getLayoutBounds()));
        return b.getMinY() >= 0 && b.getMaxY() <= list.getHeight();
    }

    private boolean treeVisible(Node n) {
        for (Node x = n; x != null && x != list; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private Bounds toView(Node from, Bounds b) {
        return view.sceneToLocal(from.localToScene(b));
    }
}
