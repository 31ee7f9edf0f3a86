package org.isnad.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.HitInfo;
import javafx.scene.text.TextFlow;
import org.isnad.ui.style.StyleClasses;

/**
 * One right-to-left paragraph: a {@link TextFlow} with one {@link Text} per token, and the highlight,
 * selection and outline boxes drawn from {@link RtlTextGeometry} behind (and, for outlines, over) it.
 *
 * <p>The wrapper itself stays left-to-right so its coordinates are screen-like whatever the
 * orientation of the window; only the inner flow is right-to-left.
 */
public class ParagraphFlow extends Region {

    /** Widths below this (the list asks for -16 and 0) are treated as the preferred width: each ask is a full re-wrap. */
    static final double MIN_WRAP_WIDTH = 50;

    /** A highlight clipped to this paragraph, offsets relative to the paragraph start. */
    public record Mark(HighlightRef ref, String layer, int start, int end) {
    }

    /** Everything drawn around the text; a paragraph re-renders only when this changes. */
    public record Decorations(List<Mark> marks, HighlightRef selected, int selectionStart, int selectionEnd, int caret) {
        public static final Decorations NONE = new Decorations(List.of(), null, 0, 0, -1);

        public Decorations {
            marks = List.copyOf(marks);
        }
    }

    private final CachingTextFlow flow = new CachingTextFlow();
    private final Group highlightLayer = new Group();
    private final Group selectionLayer = new Group();
    private final Group outlineLayer = new Group();
    private final Group markerLayer = new Group();
    private Font font;
    private String text = "";
    private List<Integer> markOffsets = List.of();
    private boolean showMarks;
    private Decorations decorations = Decorations.NONE;
    private boolean decorationsDirty;
    private double renderedWidth = -1;
    private int renderCount;

    public ParagraphFlow(Font font) {
        this.font = Objects.requireNonNull(font);
        getStyleClass().add(StyleClasses.PARAGRAPH_FLOW);
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        flow.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        flow.getStyleClass().add(StyleClasses.PARAGRAPH_TEXT_FLOW);
        for (Group g : List.of(highlightLayer, selectionLayer, outlineLayer, markerLayer)) {
            g.setManaged(false);
            g.setMouseTransparent(true);
        }
        getChildren().addAll(highlightLayer, selectionLayer, flow, outlineLayer, markerLayer);
    }

    public ParagraphFlow() {
        this(DocumentFont.font(DocumentFont.DEFAULT_SIZE));
    }

    /** Replaces the text; a no-op when it is unchanged, so cached heights survive cell reuse. */
    public void setText(String paragraph) {
        String t = paragraph == null ? "" : paragraph;
        if (t.equals(text)) {
            return;
        }
        text = t;
        rebuild();
    }

    /** Changes the text's font (its size): the words are laid out again, the cached heights dropped. */
    public void setFont(Font f) {
        Font next = Objects.requireNonNull(f);
        if (next.equals(font)) {
            return;
        }
        font = next;
        rebuild();
    }

    public Font getFont() {
        return font;
    }

    /** Whether invisible marks (bidi controls, ZWJ, ZWNJ, BOM) are shown as small labelled markers; they take no space either way. */
    public void setShowMarks(boolean show) {
        if (show != showMarks) {
            showMarks = show;
            decorationsDirty = true;
            requestLayout();
        }
    }

    /** Offsets (in this paragraph) of the invisible marks. */
    public List<Integer> marks() {
        return markOffsets;
    }

    private void rebuild() {
        InlineNodes.Built built = InlineNodes.build(text, font, StyleClasses.PARAGRAPH_TEXT);
        markOffsets = List.copyOf(built.marks());
        flow.getChildren().setAll(built.nodes());
        flow.invalidateCache();
        decorationsDirty = true;
        requestLayout();
    }

    public String getText() {
        return text;
    }

    /** The right-to-left text flow, for {@link RtlTextGeometry}; it sits at (0, 0) with this node's size. */
    public TextFlow textFlow() {
        return flow;
    }

    public void setDecorations(Decorations d) {
        Decorations next = d == null ? Decorations.NONE : d;
        if (next.equals(decorations)) {
            return;
        }
        decorations = next;
        decorationsDirty = true;
        requestLayout();
    }

    public Decorations getDecorations() {
        return decorations;
    }

    /** How many times the boxes were rebuilt (for tests: an edit must touch only its paragraphs). */
    public int renderCount() {
        return renderCount;
    }

    /** Boxes of {@code [start, end)} (paragraph offsets) in this node's coordinates. */
    public List<Bounds> rangeBoxes(int start, int end) {
        int s = Math.max(0, start);
        int e = Math.min(text.length(), end);
        return RtlTextGeometry.rangeBoxes(flow, s, e);
    }

    /** The character hit at a point in this node's coordinates. */
    public HitInfo hitInfo(Point2D local) {
        return RtlTextGeometry.hitInfo(flow, local);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return flow.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return flow.prefHeight(width);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        flow.resizeRelocate(0, 0, w, getHeight());
        if (decorationsDirty || w != renderedWidth) {
            // the boxes of embedded pictures (emoji) come from their positions: place them before measuring
            flow.layout();
            renderDecorations();
            renderedWidth = w;
            decorationsDirty = false;
        }
    }

    private void renderDecorations() {
        renderCount++;
        List<Node> under = new ArrayList<>();
        List<Node> over = new ArrayList<>();
        List<Mark> marks = new ArrayList<>(decorations.marks());
        // lower owners' layers first, then lower annotation layers; within a layer, longer spans beneath shorter ones
        marks.sort(Comparator.comparingInt((Mark m) -> m.ref().owner().ordinal())
                .thenComparingInt((Mark m) -> layerRank(m.layer()))
                .thenComparing(Comparator.comparingInt((Mark m) -> m.end() - m.start()).reversed()));
        for (Mark m : marks) {
            for (Bounds b : rangeBoxes(m.start(), m.end())) {
                double inset = b.getHeight() * layerInset(m.layer());
                Rectangle r = rect(b.getMinX(), b.getMinY() + inset, b.getWidth(), b.getHeight() - 2 * inset);
                r.getStyleClass().addAll(StyleClasses.HIGHLIGHT, StyleClasses.layer(m.layer()));
                under.add(r);
                if (m.ref().equals(decorations.selected())) {
                    Rectangle o = rect(b.getMinX() - 1, b.getMinY() + inset - 1, b.getWidth() + 2, b.getHeight() - 2 * inset + 2);
                    o.getStyleClass().addAll(StyleClasses.HIGHLIGHT_SELECTED, StyleClasses.layer(m.layer()));
                    over.add(o);
                }
            }
        }
        List<Node> selection = new ArrayList<>();
        if (decorations.selectionEnd() > decorations.selectionStart()) {
            for (Bounds b : rangeBoxes(decorations.selectionStart(), decorations.selectionEnd())) {
                Rectangle r = rect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
                r.getStyleClass().add(StyleClasses.TEXT_SELECTION);
                selection.add(r);
            }
        } else if (decorations.caret() >= 0 && decorations.caret() <= text.length()) {
            Bounds c = RtlTextGeometry.caretBounds(flow, decorations.caret());
            Rectangle r = rect(c.getMinX() - 0.75, c.getMinY(), 1.5, c.getHeight());
            r.getStyleClass().add(StyleClasses.CARET);
            over.add(r);
        }
        highlightLayer.getChildren().setAll(under);
        selectionLayer.getChildren().setAll(selection);
        outlineLayer.getChildren().setAll(over);
        markerLayer.getChildren().setAll(showMarks ? MarkMarkers.of(flow, text, markOffsets, font.getSize()) : List.of());
    }

    private static Rectangle rect(double x, double y, double w, double h) {
        Rectangle r = new Rectangle(x, y, Math.max(0, w), Math.max(0, h));
        r.setManaged(false);
        return r;
    }

    static int layerRank(String layer) {
        switch (layer) {
            case Highlight.QUOTE: return 0;
            case Highlight.CLAIM: return 1;
            case Highlight.SPEAKER: return 2;
            case Highlight.CUE: return 3;
            default: return 4;
        }
    }

    /** Vertical inset (fraction of the line box, each side) so that nested spans of other layers stay visible. */
    static double layerInset(String layer) {
        switch (layer) {
            case Highlight.QUOTE: return 0.0;
            case Highlight.CLAIM: return 0.16;
            // curation: the analysts' outlines nest inside each other, so that identical versions all show
            case "analyst-1": return 0.0;
            case "analyst-2": return 0.1;
            case "analyst-3": return 0.2;
            default: return 0.08;
        }
    }

    /** A TextFlow that remembers its preferred sizes; a virtualized list asks for them often and each ask re-wraps. */
    static final class CachingTextFlow extends TextFlow {
        private final Map<Double, Double> heights = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Double, Double> eldest) {
                return size() > 8;
            }
        };
        private double prefWidth = -1;
        private int wraps;

        /** How many preferred heights were really computed (each one is a full re-wrap). */
        int wrapCount() {
            return wraps;
        }

        void invalidateCache() {
            heights.clear();
            prefWidth = -1;
        }

        @Override
        protected double computePrefWidth(double height) {
            if (prefWidth < 0) {
                prefWidth = super.computePrefWidth(-1);
            }
            return prefWidth;
        }

        @Override
        protected double computePrefHeight(double width) {
            double w = width < MIN_WRAP_WIDTH ? computePrefWidth(-1) : width;
            Double cached = heights.get(w);
            if (cached != null) {
                return cached;
            }
            double h = super.computePrefHeight(w);
            wraps++;
            heights.put(w, h);
            return h;
        }
    }
}
