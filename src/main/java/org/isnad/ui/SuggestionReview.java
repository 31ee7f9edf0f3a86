package org.isnad.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.concurrent.Task;
import org.isnad.service.AnnotationSession;
import org.isnad.service.Proposal;
import org.isnad.service.Suggestions;
import org.isnad.ui.editor.DocumentCanvas;
import org.isnad.ui.editor.DocumentView;
import org.isnad.ui.editor.HighlightOwner;
import org.isnad.ui.editor.Highlight;
import org.isnad.ui.editor.TextParagraphs;
import org.isnad.ui.language.UiText;
import org.isnad.ui.editing.EditorViewModel;
import org.isnad.ui.style.StyleClasses;

/**
 * Going through the engine's suggestions in the editor: they are drawn with a dashed outline and
 * stored only when accepted (Enter); Backspace rejects one for good; Tab and Shift+Tab move
 * between them; all of a paragraph can be accepted at once.
 */
public final class SuggestionReview {
    private final EditorViewModel editor;
    private final Suggestions suggestions;
    private final UiText text;
    private DocumentCanvas canvas;
    private List<Proposal> pending = List.of();
    private final IntegerProperty current = new SimpleIntegerProperty(-1);

    public SuggestionReview(EditorViewModel editor, Suggestions suggestions) {
        this.editor = editor;
        this.suggestions = suggestions;
        this.text = editor.text();
        // the revision moves on opening a document and after every committed edit, undo or redo
        // (accepting one of these included): each may open or close suggestions
        editor.revisionProperty().addListener((o, old, now) -> reload());
    }

    /** Draws on the view's suggestions layer; a click on a suggestion there makes it the current one. */
    public void attach(DocumentView view) {
        this.canvas = view;
        view.selectedIdProperty(HighlightOwner.SUGGESTIONS).addListener((o, old, key) -> {
            if (key != null) {
                select(indexOfKey(key));
            }
        });
    }

    public List<Proposal> pending() {
        return pending;
    }

    /** Index of the current suggestion in {@link #pending()}, or -1. */
    public IntegerProperty currentProperty() {
        return current;
    }

    public Optional<Proposal> currentProposal() {
        int i = current.get();
        return i >= 0 && i < pending.size() ? Optional.of(pending.get(i)) : Optional.empty();
    }

    public boolean isEmpty() {
        return pending.isEmpty();
    }

    /**
     * Recomputes what is still open (after opening a document, or after an edit or undo). The engine
     * runs once per document, off the window's thread: the article shows at once, its suggestions
     * a moment later.
     */
    public void reload() {
        Optional<AnnotationSession> session = editor.session();
        if (session.isPresent() && !suggestions.isComputed(session.get().document())) {
            AnnotationSession opened = session.get();
            Task<Void> engine = new Task<>() {
                @Override
                protected Void call() {
                    suggestions.proposalsFor(opened.document());
                    return null;
                }
            };
            engine.setOnSucceeded(e -> {
                if (editor.session().orElse(null) == opened) {
                    reload();
                }
            });
            engine.setOnFailed(e -> editor.messageProperty().set(text.describe(engine.getException())));
            Thread thread = new Thread(engine, "isnad-suggestions");
            thread.setDaemon(true);
            thread.start();
            pending = List.of();
            current.set(-1);
            draw();
            return;
        }
        String keep = currentProposal().map(Proposal::key).orElse(null);
        pending = session.map(suggestions::pending).orElse(List.of());
        int i = keep == null ? -1 : indexOfKey(keep);
        current.set(i);
        draw();
    }

    public void next() {
        move(+1);
    }

    public void previous() {
        move(-1);
    }

    private void move(int step) {
        if (pending.isEmpty()) {
            return;
        }
        int i = current.get();
        int n = pending.size();
        select(i < 0 ? (step > 0 ? 0 : n - 1) : Math.floorMod(i + step, n));
    }

    private void select(int index) {
        if (index < 0 || index >= pending.size()) {
            return;
        }
        current.set(index);
        Proposal p = pending.get(index);
        draw();
        canvas.scrollToOffset(p.start());
        String actor = p.suggestion().actorName() == null ? "—" : p.suggestion().actorName();
        editor.messageProperty().set(p.suggestion().layer() == org.isnad.domain.Layer.CLAIM
                ? text.format("suggestion.current.claim", index + 1, pending.size(), actor)
                : text.format("suggestion.current", index + 1, pending.size(),
                text.get("quote.type." + p.suggestion().type().name().toLowerCase(java.util.Locale.ROOT)), actor));
    }

    /** Accepts the current suggestion: one undoable command. */
    public void acceptCurrent() {
        currentProposal().ifPresent(p -> {
            int index = current.get();
            editor.perform(() -> suggestions.accept(editor.session().orElseThrow(), p))
                    .ifPresent(quote -> {
                        editor.selectedSpanIdProperty().set(quote.id());
                        selectAfter(index);
                    });
        });
    }

    /** Rejects the current suggestion for this document. */
    public void rejectCurrent() {
        currentProposal().ifPresent(p -> {
            int index = current.get();
            editor.perform(() -> {
                suggestions.reject(editor.session().orElseThrow(), p);
                return p;
            });
            selectAfter(index);
        });
    }

    /** Accepts every suggestion in the current suggestion's paragraph, outer attributions first. */
    public void acceptAllInParagraph() {
        Optional<Proposal> at = currentProposal();
        if (at.isEmpty()) {
            editor.messageProperty().set(text.get("suggestion.none.current"));
            return;
        }
        TextParagraphs paragraphs = TextParagraphs.of(editor.session().orElseThrow().document().text());
        int paragraph = paragraphs.caretIndexOf(at.get().start());
        int accepted = 0;
        for (Proposal p : List.copyOf(pending)) {
            if (paragraphs.caretIndexOf(p.start()) == paragraph
                    && editor.perform(() -> suggestions.accept(editor.session().orElseThrow(), p)).isPresent()) {
                accepted++;
            }
        }
        editor.messageProperty().set(text.format("suggestion.accepted.paragraph", accepted));
    }

    private void selectAfter(int index) {
        if (pending.isEmpty()) {
            current.set(-1);
            editor.messageProperty().set(text.get("suggestion.none.left"));
        } else {
            select(Math.min(index, pending.size() - 1));
        }
    }

    private int indexOfKey(String key) {
        for (int i = 0; i < pending.size(); i++) {
            if (pending.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private void draw() {
        if (canvas == null) {
            return;
        }
        List<Highlight> shown = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            Proposal p = pending.get(i);
            shown.add(new Highlight(p.key(), i == current.get() ? StyleClasses.SUGGESTION_CURRENT : StyleClasses.SUGGESTION,
                    p.start(), p.end()));
        }
        canvas.setHighlights(HighlightOwner.SUGGESTIONS, shown);
    }
}
