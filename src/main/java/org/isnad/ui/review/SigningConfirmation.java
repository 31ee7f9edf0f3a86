package org.isnad.ui.review;

import javafx.geometry.NodeOrientation;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/**
 * The dialog before an approval is signed: what will be signed (the document, the set, the counts) and
 * the reviewer's key fingerprint. Signing happens only on "Sign"; Cancel or closing signs nothing.
 */
final class SigningConfirmation {
    static final String STYLE = "signing-confirmation";
    static final String FINGERPRINT_STYLE = "signing-fingerprint";
    static final String NOTE_STYLE = "signing-note";
    private static final double WIDTH = 640;

    private SigningConfirmation() {
    }

    static Dialog<ButtonType> dialog(UiText text, Window owner, SigningSummary s) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.get("sign.confirm.title"));
        dialog.setHeaderText(text.format("sign.confirm.header", s.annotator()));
        dialog.getDialogPane().getStyleClass().add(STYLE);
        dialog.getDialogPane().setNodeOrientation(text.orientation());
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, name(text, "sign.confirm.document"), value(s.documentTitle()));
        grid.addRow(row++, name(text, "sign.confirm.set"), value(text.format("sign.confirm.set.value", s.annotator())));
        grid.addRow(row++, name(text, "sign.confirm.set.id"), leftToRight(value(s.setId())));
        grid.addRow(row++, name(text, "sign.confirm.annotations"),
                value(text.format("sign.confirm.annotations.value", s.progress().total(), s.links())));
        grid.addRow(row++, name(text, "sign.confirm.verdicts"), value(text.format("sign.confirm.verdicts.value",
                s.progress().accepted(), s.progress().rejected(), s.progress().fixed())));
        grid.addRow(row++, name(text, "sign.confirm.signer"), value(s.reviewer()));
        Label fingerprint = value(s.groupedFingerprint());
        fingerprint.getStyleClass().add(FINGERPRINT_STYLE);
        leftToRight(fingerprint);
        fingerprint.setStyle("-fx-font-family: monospace;");
        grid.addRow(row++, name(text, "sign.confirm.key"), fingerprint);
        // a wrapping Label in a right-to-left dialog loses the start of its text (ADR 5): one Text per word
        WrappedText note = new WrappedText(NOTE_STYLE, 13);
        note.setText(text.get("sign.confirm.note"));
        note.setPrefWidth(WIDTH - 40);
        dialog.getDialogPane().setContent(new VBox(12, grid, note));
        dialog.getDialogPane().setPrefWidth(WIDTH);
        ButtonType sign = new ButtonType(text.get("sign.confirm.sign"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.get("sign.confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(sign, cancel);
        return dialog;
    }

    /** Shows the dialog and waits: true only when the reviewer chose to sign. */
    static boolean ask(UiText text, Window owner, SigningSummary s) {
        return dialog(text, owner, s).showAndWait()
                .map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    private static Label name(UiText text, String key) {
        Label l = new Label(text.get(key));
        l.getStyleClass().add(StyleClasses.SHORTCUT_KEY);
        return l;
    }

    /** Ids and hex digits read left to right in either language (bidi marks would be drawn as boxes). */
    private static Label leftToRight(Label l) {
        l.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        return l;
    }

    private static Label value(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMaxWidth(420);
        return l;
    }
}
