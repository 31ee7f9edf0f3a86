package org.isnad.ui;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/** The keyboard shortcuts overlay (F1 or ?): every action and its key. */
final class ShortcutHelp {
    static final String[][] SHORTCUTS = {
        {"S", "help.speaker"},
        {"K", "help.cue"},
        {"Q", "help.quote"},
        {"C", "help.claim"},
        {"L", "help.link"},
        {"A", "help.claim.attach"},
        {"N", "help.claim.new"},
        {"Esc", "help.cancel"},
        {"Delete", "help.delete"},
        {"Ctrl+B", "help.bounds"},
        {"Tab / Shift+Tab", "help.suggest.next"},
        {"Enter", "help.suggest.accept"},
        {"Backspace", "help.suggest.reject"},
        {"Ctrl+Enter", "help.suggest.paragraph"},
        {"Ctrl+Z", "help.undo"},
        {"Ctrl+Shift+Z / Ctrl+Y", "help.redo"},
        {"Shift+← / Shift+→", "help.extend"},
        {"Shift+Home / Shift+End", "help.extend.line"},
        {"↑ / ↓", "help.lines"},
        {"Ctrl+Home / Ctrl+End", "help.document.edges"},
        {"Page Up / Page Down", "help.pages"},
        {"Double-click", "help.word"},
        {"Shift+click", "help.shift.click"},
        {"Alt+drag", "help.letters"},
        {"Ctrl+Shift+P", "help.proclitic"},
        {"Ctrl+O", "help.import"},
        {"Ctrl+Shift+V", "help.paste"},
        {"Ctrl+Tab / Ctrl+Shift+Tab", "help.panels"},
        {"Ctrl+R", "help.review.start"},
        {"A / R / F", "help.review.verdicts"},
        {"N / P / U", "help.review.step"},
        {"Ctrl+Shift+A", "help.review.approve"},
        {"Ctrl+Shift+R", "help.review.changes"},
        {"F5 / Ctrl+H", "help.review.check"},
        {"Ctrl+= / Ctrl+- / Ctrl+0", "help.text.size"},
        {"F1 / ?", "help.help"},
    };

    private ShortcutHelp() {
    }

    static Dialog<ButtonType> dialog(UiText text, Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.get("help.title"));
        dialog.setHeaderText(text.get("help.header"));
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        grid.getStyleClass().add(StyleClasses.SHORTCUT_GRID);
        for (int row = 0; row < SHORTCUTS.length; row++) {
            Label key = new Label(SHORTCUTS[row][0]);
            key.getStyleClass().add(StyleClasses.SHORTCUT_KEY);
            grid.addRow(row, key, new Label(text.get(SHORTCUTS[row][1])));
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setNodeOrientation(text.orientation());
        return dialog;
    }
}
