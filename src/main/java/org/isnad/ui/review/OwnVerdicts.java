package org.isnad.ui.review;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.isnad.domain.Span;
import org.isnad.ui.editing.EditorViewModel;
import org.isnad.ui.language.UiText;
import org.isnad.ui.editor.DocumentCanvas;
import org.isnad.ui.editor.HighlightOwner;

/**
 * In annotation mode, the verdicts reviewers gave on the user's own annotations: outlined on the
 * document, and said in words for the selected annotation (the strip above the document shows it).
 * In review mode the review draws its own verdict marks and nothing is said here.
 */
final class OwnVerdicts {
    private final EditorViewModel editor;
    private final DocumentCanvas canvas;
    private final UiText text;
    private final ReviewMode mode;
    private final ReadOnlyStringWrapper selectedVerdict = new ReadOnlyStringWrapper("");

    OwnVerdicts(EditorViewModel editor, DocumentCanvas canvas, UiText text, ReviewMode mode) {
        this.editor = editor;
        this.canvas = canvas;
        this.text = text;
        this.mode = mode;
        editor.revisionProperty().addListener((o, a, b) -> show());
        editor.selectedSpanIdProperty().addListener((o, a, id) -> {
            if (!mode.active()) {
                sayVerdictOfSelected();
            }
        });
    }

    /** "Review of the selected annotation: Rejected by omar: «…»", or empty. */
    ReadOnlyStringProperty selectedVerdictProperty() {
        return selectedVerdict.getReadOnlyProperty();
    }

    /** Draws the marks and says the selected annotation's verdict again (after an edit, or another document). */
    void show() {
        drawMarks();
        sayVerdictOfSelected();
    }

    private void drawMarks() {
        if (mode.active()) {
            return;
        }
        canvas.setHighlights(HighlightOwner.VERDICTS,
                editor.session().map(s -> VerdictMarks.of(s.set(), span -> true)).orElse(List.of()));
    }

    private void sayVerdictOfSelected() {
        if (mode.active()) {
            selectedVerdict.set("");
            return;
        }
        Optional<Span> span = editor.selectedSpan();
        String note = span.flatMap(s -> editor.session().flatMap(x -> x.set().verdict(s.id())
                        .map(v -> text.format("review.selected.verdict", VerdictWords.of(text, Optional.of(v), x.set().isStale(s.id()))))))
                .orElse("");
        selectedVerdict.set(note);
    }
}
