package org.isnad.ui.review;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.isnad.ui.language.UiText;

/** Opens the signing confirmation without waiting, for the snapshot programs in other packages. */
public final class SigningConfirmationShots {
    private SigningConfirmationShots() {
    }

    public static Dialog<ButtonType> show(UiText text, Window owner, SigningSummary summary) {
        Dialog<ButtonType> dialog = SigningConfirmation.dialog(text, owner, summary);
        dialog.show();
        dialog.getDialogPane().applyCss();
        dialog.getDialogPane().layout();
        return dialog;
    }
}
