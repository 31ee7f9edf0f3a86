package org.isnad.ui.review;

import org.isnad.ui.editing.EditorViewModel;

/**
 * Keeps the editor's selected annotation and review mode's current one the same while reviewing: a
 * step selects the annotation in the editor (so the view outlines it), a click in the document makes
 * it the current one, and a click beside every annotation keeps the current one selected.
 */
final class ReviewSelectionSync {
    private ReviewSelectionSync() {
    }

    static void install(ReviewMode mode, EditorViewModel editor) {
        mode.currentSpanIdProperty().addListener((o, a, id) -> {
            if (mode.active() && id != null) {
                editor.selectedSpanIdProperty().set(id);
            }
        });
        editor.selectedSpanIdProperty().addListener((o, a, id) -> {
            if (!mode.active()) {
                return;
            }
            if (id == null) {
                mode.current().ifPresent(s -> editor.selectedSpanIdProperty().set(s.id()));
            } else if (!id.equals(mode.currentSpanIdProperty().get())) {
                mode.select(id);
            } else {
                mode.drawLinks(); // after the editor drew its own (none)
            }
        });
    }
}
