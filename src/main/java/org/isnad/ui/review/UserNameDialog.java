package org.isnad.ui.review;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/** The small question on first start: "Who is working?", with the login name proposed. */
public final class UserNameDialog {
    private final UiText text;

    public UserNameDialog(UiText text) {
        this.text = text;
    }

    /** Shows the question and waits; empty when the user cancels. */
    public Optional<String> ask(String proposed) {
        TextInputDialog dialog = new TextInputDialog(proposed);
        dialog.setTitle(text.get("app.title"));
        dialog.setHeaderText(text.get("user.dialog.header"));
        dialog.setContentText(text.get("user.dialog.label"));
        dialog.getDialogPane().setNodeOrientation(text.orientation());
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().map(String::isBlank));
        dialog.getEditor().getStyleClass().add(StyleClasses.USER_NAME_FIELD);
        return dialog.showAndWait();
    }
}
