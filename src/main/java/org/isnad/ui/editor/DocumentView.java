package org.isnad.ui.editor;

import java.net.URL;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.text.Font;
import org.isnad.ui.style.StyleClasses;

/**
 * A read-only, right-to-left view of a document's text with highlights, a text selection and link lines.
 * This control holds the state (text, the owners' highlight layers, the selection, the outlined highlight);
 * {@link DocumentViewSkin} shows it and {@link DocumentViewport} answers where things are on screen.
 * Offsets are UTF-16 indices of the document text, in logical order; selection does not snap to graphemes.
 */
public class DocumentView extends Control implements DocumentCanvas {

    private static final URL STYLESHEET = DocumentView.class.getResource("/styles/editor.css");

    private final Font baseFont;
    private final TextSize textSize = new TextSize();
    private Font font;
    private final HighlightIndex highlights = new HighlightIndex();
    private final ReadOnlyObjectWrapper<TextRange> selection = new ReadOnlyObjectWrapper<>(this, "selection", new TextRange(0, 0));
    private final ObjectProperty<HighlightRef> selectedHighlight = new SimpleObjectProperty<>(this, "selectedHighlight");
    private final Map<HighlightOwner, ObjectProperty<String>> selectedIds = new EnumMap<>(HighlightOwner.class);
    private final BooleanProperty showInvisibleMarks = new SimpleBooleanProperty(this, "showInvisibleMarks", false);
    private final BooleanProperty wholeWords = new SimpleBooleanProperty(this, "wholeWords", true);
    private TextParagraphs paragraphs = TextParagraphs.of("");
    private DisplayBlocks blocks = DisplayBlocks.of(paragraphs);
    private List<LinkLine> links = List.of();
    private int anchor;
    private int caret;

    public DocumentView() {
        this(DocumentFont.font(DocumentFont.DEFAULT_SIZE));
    }

    public DocumentView(Font font) {
        this.baseFont = font;
        this.font = font;
        getStyleClass().add(StyleClasses.DOCUMENT_VIEW);
        if (STYLESHEET != null) {
            getStylesheets().add(STYLESHEET.toExternalForm());
        }
        setFocusTraversable(true);
        selectedHighlight.addListener((o, a, b) -> {
            redraw(paragraphsOfHighlight(a));
            redraw(paragraphsOfHighlight(b));
        });
        focusedProperty().addListener((o, a, b) -> redraw(highlights.paragraphsOf(caret, caret)));
        showInvisibleMarks.addListener((o, a, b) -> skin().ifPresent(DocumentViewSkin::refreshAll));
        textSize.percentProperty().addListener((o, a, b) -> {
            this.font = DocumentFont.font(Math.round(baseFont.getSize() * b.intValue() / 100.0 * 2) / 2.0);
            // every cell lays its words out again at the new size; the list measures them anew
            skin().ifPresent(DocumentViewSkin::fontChanged);
        });
    }

    /** The article's text size (View → Text size, Ctrl+= and Ctrl+-): geometry and highlights follow at once. */
    public TextSize textSize() {
        return textSize;
    }

    /** View → Show invisible marks: bidi controls, ZWJ, ZWNJ and BOM drawn as small labelled markers (never as space). */
    public BooleanProperty showInvisibleMarksProperty() {
        return showInvisibleMarks;
    }

    public boolean isShowInvisibleMarks() {
        return showInvisibleMarks.get();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new DocumentViewSkin(this);
    }

    // ---- text ----

    @Override
    public void setText(String text) {
        paragraphs = TextParagraphs.of(text);
        blocks = DisplayBlocks.of(paragraphs);
        // every layer's offsets belonged to the old text: the owners draw again on the new one
        highlights.clear();
        highlights.setParagraphs(blocks.spans());
        selectedHighlight.set(null);
        anchor = 0;
        caret = 0;
        selection.set(new TextRange(0, 0));
        skin().ifPresent(DocumentViewSkin::showParagraphs);
    }

    public String getText() {
        return paragraphs.text();
    }

    public TextParagraphs paragraphs() {
        return paragraphs;
    }

    /** What the view lays out: the paragraphs, long ones cut into display chunks. */
    DisplayBlocks blocks() {
        return blocks;
    }

    // ---- highlights and links ----

    /** Replaces the owner's layer; only paragraphs whose highlights changed are redrawn. */
    @Override
    public void setHighlights(HighlightOwner owner, List<Highlight> layer) {
        redraw(highlights.setLayer(owner, layer));
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
        skin().ifPresent(DocumentViewSkin::linksChanged);
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
        redraw(highlights.paragraphsOf(old.start(), old.end()));
        redraw(highlights.paragraphsOf(oldCaret, oldCaret));
        redraw(highlights.paragraphsOf(next.start(), next.end()));
        redraw(highlights.paragraphsOf(c, c));
    }

    /**
     * True (the default) when a drag or a Shift+click selects whole words, as INCEpTION's token anchoring does;
     * false for letter-precise selection. Alt+drag is letter-precise either way.
     */
    public BooleanProperty wholeWordsProperty() {
        return wholeWords;
    }

    /** Takes the selection's leading «و», «ف», «ب» or «ل» off (see {@link org.isnad.text.Proclitics}); false when there is none. */
    public boolean dropLeadingProclitic() {
        TextRange sel = selection.get();
        return org.isnad.text.Proclitics.withoutLeading(getText(), new org.isnad.text.TextRange(sel.start(), sel.end()))
                .map(r -> {
                    select(r.start(), r.end());
                    return true;
                }).orElse(false);
    }

    public int getCaretOffset() {
        return caret;
    }

    int getAnchorOffset() {
        return anchor;
    }

    // ---- scrolling and geometry (answered by the skin's viewport once the view is shown) ----

    /** Scrolls so that the line holding {@code offset} is visible. */
    public void scrollToOffset(int offset) {
        viewport().ifPresent(v -> v.scrollToOffset(offset));
    }

    /** The union of the visible boxes of {@code [start, end)}, in this view's coordinates; empty if none is on screen. */
    public Optional<Bounds> rangeBoundsInView(int start, int end) {
        return viewport().flatMap(v -> v.rangeBoundsInView(start, end));
    }

    /** The per-line boxes of {@code [start, end)} that are on screen, in this view's coordinates. */
    public List<Bounds> rangeBoxesInView(int start, int end) {
        return viewport().map(v -> v.rangeBoxesInView(start, end)).orElse(List.of());
    }

    /** The character under a point in this view's coordinates (nearest paragraph and line when between them). */
    Optional<DocumentHit> hitAtInView(double x, double y) {
        return viewport().flatMap(v -> {
            javafx.geometry.Point2D scene = localToScene(x, y);
            return v.hitAt(scene.getX(), scene.getY());
        });
    }

    /** Scrolls a little towards a point above or below the view, in this view's coordinates. */
    void scrollTowards(double y) {
        viewport().ifPresent(v -> v.autoScrollTowards(localToScene(0, y).getY()));
    }

    // ---- for the skin, its cells and its viewport ----

    Font documentFont() {
        return font;
    }

    HighlightIndex highlightIndex() {
        return highlights;
    }

    List<LinkLine> links() {
        return links;
    }

    /** The drawing data of one display block, from the highlights and the selection. */
    ParagraphFlow.Decorations decorationsFor(int p) {
        TextParagraphs.Paragraph par = blocks.get(p);
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
        boolean caretHere = sel.isEmpty() && isFocused() && blocks.caretBlockOf(caret) == p;
        int caretLocal = caretHere ? Math.min(par.length(), Math.max(0, caret - par.start())) : -1;
        return new ParagraphFlow.Decorations(marks, selectedHighlight.get(), ss, se, caretLocal);
    }

    // ---- for tests ----

    /** Live cells showing a display block inside the list's viewport. */
    List<ParagraphCell> visibleCells() {
        return viewport().map(DocumentViewport::visibleCells).orElse(List.of());
    }

    /** The cell showing a display block (a paragraph, or a chunk of a long one), or null. */
    ParagraphCell cellOf(int block) {
        return viewport().map(v -> v.cellOf(block)).orElse(null);
    }

    /** Every ParagraphFlow the list has created so far (for tests of virtualization). */
    int createdParagraphFlows() {
        return skin().map(DocumentViewSkin::createdParagraphFlows).orElse(0);
    }

    int overlayLinkCount() {
        return skin().map(DocumentViewSkin::overlayLinkCount).orElse(0);
    }

    // ---- private ----

    private Optional<DocumentViewSkin> skin() {
        return getSkin() instanceof DocumentViewSkin s ? Optional.of(s) : Optional.empty();
    }

    private Optional<DocumentViewport> viewport() {
        return skin().map(DocumentViewSkin::viewport);
    }

    private Set<Integer> paragraphsOfHighlight(HighlightRef ref) {
        Highlight h = highlights.get(ref);
        return h == null ? Set.of() : highlights.paragraphsOf(h.start(), h.end());
    }

    private void redraw(Set<Integer> changed) {
        if (!changed.isEmpty()) {
            skin().ifPresent(s -> s.redraw(changed));
        }
    }
}
