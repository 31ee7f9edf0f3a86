package org.isnad.ui.editor;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.HitInfo;

/**
 * A read-only, right-to-left view of a document's text with highlights, a text selection and link lines.
 * Only the visible paragraphs are laid out (a {@link ListView} of {@link ParagraphFlow}s).
 * Offsets are UTF-16 indices of the document text, in logical order; selection does not snap to graphemes.
 */
public class DocumentView extends Region implements DocumentCanvas {

    private static final URL STYLESHEET = DocumentView.class.getResource("/styles/editor.css");

    private final Font font;
    private final ListView<Integer> list = new ListView<>();
    private final LinkOverlay overlay = new LinkOverlay();
    private final Set<ParagraphCell> cells = Collections.newSetFromMap(new WeakHashMap<>());
    private final HighlightIndex highlights = new HighlightIndex();
    private final ReadOnlyObjectWrapper<TextRange> selection = new ReadOnlyObjectWrapper<>(this, "selection", new TextRange(0, 0));
    private final ObjectProperty<HighlightRef> selectedHighlight = new SimpleObjectProperty<>(this, "selectedHighlight");
    private final Map<HighlightOwner, ObjectProperty<String>> selectedIds = new EnumMap<>(HighlightOwner.class);
    private final Runnable postLayout = this::updateLinks;
    private TextParagraphs paragraphs = TextParagraphs.of("");
    private List<LinkLine> links = List.of();
    private int anchor;
    private int caret;

    public DocumentView() {
        this(DocumentFont.font(DocumentFont.DEFAULT_SIZE));
    }

    public DocumentView(Font font) {
        this.font = font;
        getStyleClass().add("document-view");
        if (STYLESHEET != null) {
            getStylesheets().add(STYLESHEET.toExternalForm());
        }
        setFocusTraversable(true);
        list.setFocusTraversable(false);
        // the scroll bar goes on the reading side's end; paragraph flows keep their own orientation
        list.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        list.setCellFactory(v -> {
            ParagraphCell c = new ParagraphCell(this);
            cells.add(c);
            return c;
        });
        overlay.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        getChildren().addAll(list, overlay);
        new DocumentInput(this).install(list);
        selectedHighlight.addListener((o, a, b) -> {
            refresh(paragraphsOfHighlight(a));
            refresh(paragraphsOfHighlight(b));
        });
        focusedProperty().addListener((o, a, b) -> refresh(highlights.paragraphsOf(caret, caret)));
        sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(postLayout);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(postLayout);
            }
        });
    }

    // ---- text ----

    @Override
    public void setText(String text) {
        paragraphs = TextParagraphs.of(text);
        // every layer's offsets belonged to the old text: the owners draw again on the new one
        highlights.clear();
        highlights.setParagraphs(paragraphs);
        selectedHighlight.set(null);
        anchor = 0;
        caret = 0;
        selection.set(new TextRange(0, 0));
        list.getItems().setAll(IntStream.range(0, paragraphs.size()).boxed().collect(Collectors.toList()));
        list.refresh();
    }

    public String getText() {
        return paragraphs.text();
    }

    public TextParagraphs paragraphs() {
        return paragraphs;
    }

    // ---- highlights and links ----

    /** Replaces the owner's layer; only paragraphs whose highlights changed are redrawn. */
    @Override
    public void setHighlights(HighlightOwner owner, List<Highlight> layer) {
        refresh(highlights.setLayer(owner, layer));
    }

    /** What the owner's layer holds now. */
    public List<Highlight> getHighlights(HighlightOwner owner) {
        return List.copyOf(highlights.layer(owner));
    }

    /** The outlined highlight, or null; a click sets it to the innermost selectable highlight there. */
    public ObjectProperty<HighlightRef> selectedHighlightProperty() {
        return selectedHighlight;
    }

    /**
     * The id of the outlined highlight when it is in the owner's layer, else null; setting it outlines that
     * highlight of the owner's layer (null clears the outline only if it was in that layer).
     */
    public ObjectProperty<String> selectedIdProperty(HighlightOwner owner) {
        return selectedIds.computeIfAbsent(owner, o -> {
            ObjectProperty<String> id = new SimpleObjectProperty<>(this, "selected" + o);
            HighlightRef now = selectedHighlight.get();
            id.set(now != null && now.owner() == o ? now.id() : null);
            selectedHighlight.addListener((obs, old, ref) -> id.set(ref != null && ref.owner() == o ? ref.id() : null));
            id.addListener((obs, old, value) -> {
                HighlightRef current = selectedHighlight.get();
                if (value != null) {
                    selectedHighlight.set(new HighlightRef(o, value));
                } else if (current != null && current.owner() == o) {
                    selectedHighlight.set(null);
                }
            });
            return id;
        });
    }

    public void setLinks(List<LinkLine> lines) {
        links = List.copyOf(lines);
        requestLayout();
        updateLinks();
    }

    // ---- selection ----

    /** The selected text as document offsets (logical order, start <= end); empty when it is a caret. */
    public ReadOnlyObjectProperty<TextRange> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public TextRange getSelection() {
        return selection.get();
    }

    /** Selects from {@code anchorOffset} (stays put when extending) to {@code caretOffset} (moves). */
    public void select(int anchorOffset, int caretOffset) {
        int len = paragraphs.text().length();
        int a = Math.max(0, Math.min(len, anchorOffset));
        int c = Math.max(0, Math.min(len, caretOffset));
        TextRange old = selection.get();
        int oldCaret = caret;
        anchor = a;
        caret = c;
        TextRange next = TextRange.between(a, c);
        selection.set(next);
        refresh(highlights.paragraphsOf(old.start(), old.end()));
        refresh(highlights.paragraphsOf(oldCaret, oldCaret));
        refresh(highlights.paragraphsOf(next.start(), next.end()));
        refresh(highlights.paragraphsOf(c, c));
    }

    public int getCaretOffset() {
        return caret;
    }

    int getAnchorOffset() {
        return anchor;
    }

    // ---- scrolling and geometry ----

    /** Scrolls so that the line holding {@code offset} is visible. */
    public void scrollToOffset(int offset) {
        int p = paragraphs.caretIndexOf(offset);
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

    /** The union of the visible boxes of {@code [start, end)}, in this view's coordinates; empty if none is on screen. */
    public Optional<Bounds> rangeBoundsInView(int start, int end) {
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

    /** The per-line boxes of {@code [start, end)} that are on screen, in this view's coordinates. */
    public List<Bounds> rangeBoxesInView(int start, int end) {
        List<Bounds> out = new ArrayList<>();
        Bounds viewport = new BoundingBox(0, 0, list.getWidth(), list.getHeight());
        for (ParagraphCell cell : visibleCells()) {
            TextParagraphs.Paragraph p = paragraphs.get(cell.paragraph());
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
        TextParagraphs.Paragraph p = paragraphs.get(best.paragraph());
        int ch = Math.max(0, Math.min(p.length() - 1, hit.getCharIndex()));
        int ins = Math.max(0, Math.min(p.length(), hit.getInsertionIndex()));
        return Optional.of(new DocumentHit(p.index(), p.start() + ch, p.start() + ins, flow, clamped));
    }

    /** A resolved pointer position: paragraph, the character under it, the caret position nearest to it. */
    record DocumentHit(int paragraph, int charOffset, int insertionOffset, ParagraphFlow flow, Point2D local) {
    }

    /** The innermost selectable highlight under a hit whose box really contains the point, or null. */
    HighlightRef highlightAt(DocumentHit hit) {
        int pStart = paragraphs.get(hit.paragraph()).start();
        for (HighlightIndex.Placed placed : highlights.selectableAt(hit.paragraph(), hit.charOffset())) {
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

    // ---- package helpers ----

    Font documentFont() {
        return font;
    }

    ListView<Integer> listView() {
        return list;
    }

    VirtualFlow<?> virtualFlow() {
        return (VirtualFlow<?>) list.lookup(".virtual-flow");
    }

    /** The drawing data of one paragraph, from the highlights and the selection. */
    ParagraphFlow.Decorations decorationsFor(int p) {
        TextParagraphs.Paragraph par = paragraphs.get(p);
        List<ParagraphFlow.Mark> marks = new ArrayList<>();
        for (HighlightIndex.Placed placed : highlights.inParagraph(p)) {
            Highlight h = placed.highlight();
            int s = Math.max(h.start(), par.start()) - par.start();
            int e = Math.min(h.end(), par.end()) - par.start();
            if (s < e) {
                marks.add(new ParagraphFlow.Mark(placed.ref(), h.layer(), s, e));
            }
        }
        TextRange sel = selection.get();
        int ss = Math.max(sel.start(), par.start()) - par.start();
        int se = Math.min(sel.end(), par.end()) - par.start();
        if (se <= ss) {
            ss = 0;
            se = 0;
        }
        boolean caretHere = sel.isEmpty() && isFocused() && paragraphs.caretIndexOf(caret) == p;
        int caretLocal = caretHere ? Math.min(par.length(), Math.max(0, caret - par.start())) : -1;
        return new ParagraphFlow.Decorations(marks, selectedHighlight.get(), ss, se, caretLocal);
    }

    /** Live cells showing a paragraph inside the list's viewport (not the list's measuring cell). */
    List<ParagraphCell> visibleCells() {
        List<ParagraphCell> out = new ArrayList<>();
        Bounds viewport = list.localToScene(list.getLayoutBounds());
        for (ParagraphCell c : cells) {
            if (c.paragraph() < 0 || c.paragraph() >= paragraphs.size() || c.getScene() == null || !treeVisible(c)) {
                continue;
            }
            if (c.localToScene(c.getLayoutBounds()).intersects(viewport)) {
                out.add(c);
            }
        }
        out.sort((a, b) -> Integer.compare(a.paragraph(), b.paragraph()));
        return out;
    }

    ParagraphCell cellOf(int paragraph) {
        for (ParagraphCell c : visibleCells()) {
            if (c.paragraph() == paragraph) {
                return c;
            }
        }
        return null;
    }

    /** Every ParagraphFlow the list has created so far (for tests of virtualization). */
    int createdParagraphFlows() {
        return cells.size();
    }

    int overlayLinkCount() {
        return overlay.drawnCount();
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
        return sceneToLocal(from.localToScene(b));
    }

    private Set<Integer> paragraphsOfHighlight(HighlightRef ref) {
        Highlight h = highlights.get(ref);
        return h == null ? Set.of() : highlights.paragraphsOf(h.start(), h.end());
    }

    private void refresh(Set<Integer> changed) {
        if (changed.isEmpty()) {
            return;
        }
        for (ParagraphCell c : new ArrayList<>(cells)) {
            if (changed.contains(c.paragraph())) {
                c.refreshDecorations();
            }
        }
    }

    private void updateLinks() {
        if (links.isEmpty() && overlay.drawnCount() == 0) {
            return;
        }
        overlay.update(links, id -> {
            // link lines join annotations
            Highlight h = highlights.get(new HighlightRef(HighlightOwner.ANNOTATIONS, id));
            if (h == null) {
                return Optional.empty();
            }
            // anchor on the first character's line when it is on screen, else on whatever part is
            Optional<Bounds> b = rangeBoundsInView(h.start(), Math.min(h.end(), h.start() + 1))
                    .flatMap(first -> rangeBoxesInView(h.start(), h.end()).stream()
                            .filter(x -> x.intersects(first)).findFirst())
                    .or(() -> rangeBoundsInView(h.start(), h.end()));
            return b.map(x -> overlay.sceneToLocal(localToScene(x)));
        });
    }

    @Override
    protected void layoutChildren() {
        list.resizeRelocate(0, 0, getWidth(), getHeight());
        overlay.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 480;
    }
}
