package org.isnad.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.stage.Stage;
import org.isnad.domain.ClaimAppearance;
import org.isnad.service.SearchHit;
import org.isnad.ui.editing.EditorViewModel;
import org.isnad.ui.editor.DocumentView;
import org.isnad.ui.editor.Highlight;
import org.isnad.ui.editor.HighlightOwner;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/**
 * Going from another window to a place in an article of the main window: a search hit, a claim record's
 * appearance, a speaker's quote. The article opens (when it is not open already), scrolls to the place and the
 * main window comes to the front.
 */
final class ArticleNavigation {
    private final Stage stage;
    private final UiText text;
    private final EditorViewModel editor;
    private final DocumentView documentView;
    private final Consumer<String> open;

    /** {@code open} opens a document of the library in the main window. */
    ArticleNavigation(Stage stage, UiText text, EditorViewModel editor, DocumentView documentView, Consumer<String> open) {
        this.stage = stage;
        this.text = text;
        this.editor = editor;
        this.documentView = documentView;
        this.open = open;
    }

    /** Opens a search hit: its document, scrolled to it, the hit marked on the search-hit layer. */
    void openHit(SearchHit hit) {
        openAt(hit.doc(), hit.start(), hit.end());
    }

    /** Opens a claim record's appearance at its claim: selected when the claim is in the set shown. */
    void openAppearance(ClaimAppearance appearance) {
        if (openAt(appearance.documentId(), appearance.start(), appearance.end()) && shows(appearance.spanId())) {
            editor.reveal(appearance.spanId());
        }
        stage.toFront();
    }

    /**
     * Opens an article at an annotation: selected when it is in the set shown, else scrolled to where
     * {@code elsewhere} says it starts (another analyst's set), with a message saying so.
     */
    void jumpTo(String documentId, String spanId, Function<String, Optional<Integer>> elsewhere) {
        open.accept(documentId);
        if (shows(spanId)) {
            editor.reveal(spanId);
        } else {
            elsewhere.apply(spanId).ifPresent(documentView::scrollToOffset);
            editor.messageProperty().set(text.get("speakers.jump.elsewhere"));
        }
        stage.toFront();
    }

    /** Opens a document scrolled to a place, marked on the search-hit layer; false when it cannot be opened. */
    private boolean openAt(String documentId, int start, int end) {
        if (editor.session().map(s -> !s.document().id().equals(documentId)).orElse(true)) {
            try {
                open.accept(documentId);
            } catch (RuntimeException e) {
                // deleted since the list was read: the list stays usable, the status says why
                editor.messageProperty().set(text.describe(e));
                return false;
            }
        }
        documentView.setHighlights(HighlightOwner.SEARCH_HITS,
                List.of(new Highlight("search-hit", StyleClasses.SEARCH_HIT, start, end)));
        documentView.scrollToOffset(start);
        return true;
    }

    private boolean shows(String spanId) {
        return editor.session().map(s -> s.set().span(spanId).isPresent()).orElse(false);
    }
}
