package org.isnad.ui.review;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.ui.language.UiText;

/** The small questions review asks: whose set to review, and why an approved set is reopened. */
final class ReviewQuestions {
    private final Window owner;
    private final UiText text;

    ReviewQuestions(Window owner, UiText text) {
        this.owner = owner;
        this.text = text;
    }

    /** Which of several sets to review; empty when the user cancels. */
    Optional<AnnotationSetInfo> chooseSet(List<AnnotationSetInfo> sets) {
        List<String> labels = sets.stream().map(s -> text.format("review.choose.set.item", s.annotator(),
                text.get("state." + s.state().key()))).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(labels.get(0), labels);
        ask(dialog, "review.choose.set.title", "review.choose.set.header");
        dialog.setContentText(text.get("review.choose.set.label"));
        return dialog.showAndWait().map(labels::indexOf).filter(i -> i >= 0).map(sets::get);
    }

    /** The reason for reopening an approved set; empty when the user cancels. */
    Optional<String> reasonToReopen() {
        TextInputDialog dialog = new TextInputDialog();
        ask(dialog, "review.reopen.title", "review.reopen.header");
        dialog.setContentText(text.get("review.reopen.label"));
        return dialog.showAndWait();
    }

    private void ask(Dialog<?> dialog, String titleKey, String headerKey) {
        dialog.initOwner(owner);
        dialog.setTitle(text.get(titleKey));
        dialog.setHeaderText(text.get(headerKey));
        dialog.getDialogPane().setNodeOrientation(text.orientation());
    }
}
