package org.isnad.ui.help;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.isnad.ui.language.UiText;

/** Help → About: the version, the build date, where the data is, and the licences of what is bundled. */
public final class AboutDialog {
    private AboutDialog() {
    }

    public static Dialog<Void> dialog(UiText text, Window owner, ProgramFacts facts) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.get("about.title"));
        dialog.getDialogPane().setNodeOrientation(text.orientation());

        ImageView icon = new ImageView(new Image(AboutDialog.class.getResourceAsStream("/org/isnad/icons/isnad-64.png")));
        Label name = new Label(text.get("about.name"));
        name.setStyle("-fx-font-size: 1.6em; -fx-font-weight: bold;");
        Label what = new Label(text.get("about.what"));
        what.setWrapText(true);
        HBox head = new HBox(16, icon, new VBox(4, name, what));

        GridPane table = new GridPane();
        table.setHgap(12);
        table.setVgap(6);
        table.addRow(0, new Label(text.get("about.version")), new Label(facts.version()));
        table.addRow(1, new Label(text.get("about.built")), new Label(facts.built()));
        TextField folder = new TextField(facts.dataFolder());
        folder.setEditable(false);
        folder.setPrefColumnCount(40);
        // a path reads left to right, whatever the window's language
        folder.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        table.addRow(2, new Label(text.get("about.data")), folder);

        TextArea licences = new TextArea(facts.licences());
        licences.setEditable(false);
        licences.setWrapText(false);
        licences.setPrefRowCount(9);
        licences.setPrefColumnCount(70);
        licences.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);

        VBox content = new VBox(14, head, table, new Label(text.get("about.licences")), licences);
        content.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(content);
        // in the window's language (JavaFX's own Close follows the system's)
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(text.get("about.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        return dialog;
    }
}
