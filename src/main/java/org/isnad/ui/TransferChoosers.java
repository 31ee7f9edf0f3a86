package org.isnad.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.isnad.service.InterchangeFormat;
import org.isnad.ui.language.UiText;

/** The file choosers and the export form behind File → Import work / Export. */
final class TransferChoosers {
    private final UiText text;
    private final Window owner;

    TransferChoosers(UiText text, Window owner) {
        this.text = text;
        this.owner = owner;
    }

    /** What to import: the file, and for W3C JSON-LD the text file it annotates. */
    record ImportChoice(Path file, Path text) {
    }

    /** What to export and where. */
    record ExportChoice(InterchangeFormat format, boolean allDocuments, boolean withAudit, Path out) {
    }

    Optional<ImportChoice> chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("transfer.import.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.get("transfer.filter.all"), "*.isnad", "*.ann", "*.json", "*.jsonld"),
                new FileChooser.ExtensionFilter(text.get("transfer.filter.isnad"), "*.isnad"),
                new FileChooser.ExtensionFilter(text.get("transfer.filter.brat"), "*.ann"),
                new FileChooser.ExtensionFilter(text.get("transfer.filter.w3c"), "*.json", "*.jsonld"));
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        Path path = file.toPath();
        if (InterchangeFormat.ofFileName(path).orElse(null) != InterchangeFormat.W3C) {
            return Optional.of(new ImportChoice(path, null));
        }
        FileChooser textChooser = new FileChooser();
        textChooser.setTitle(text.get("transfer.import.w3c.text"));
        textChooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("import.filter"), "*.txt"));
        textChooser.setInitialDirectory(file.getParentFile());
        File textFile = textChooser.showOpenDialog(owner);
        return textFile == null ? Optional.empty() : Optional.of(new ImportChoice(path, textFile.toPath()));
    }

    Optional<ExportChoice> chooseExport(boolean hasOpenDocument) {
        Dialog<ButtonType> form = new Dialog<>();
        form.initOwner(owner);
        form.setTitle(text.get("transfer.export.title"));
        ComboBox<InterchangeFormat> format = new ComboBox<>();
        format.getItems().setAll(InterchangeFormat.values());
        format.setValue(InterchangeFormat.ISNAD);
        format.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(InterchangeFormat f) {
                return f == null ? "" : text.get("transfer.format." + f.key());
            }

            @Override
            public InterchangeFormat fromString(String s) {
                return null;
            }
        });
        ToggleGroup scope = new ToggleGroup();
        RadioButton current = new RadioButton(text.get("transfer.scope.current"));
        RadioButton all = new RadioButton(text.get("transfer.scope.all"));
        current.setToggleGroup(scope);
        all.setToggleGroup(scope);
        current.setDisable(!hasOpenDocument);
        (hasOpenDocument ? current : all).setSelected(true);
        CheckBox audit = new CheckBox(text.get("transfer.with.audit"));
        audit.disableProperty().bind(format.valueProperty().isNotEqualTo(InterchangeFormat.ISNAD));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label(text.get("transfer.format")), format);
        grid.addRow(1, new Label(text.get("transfer.scope")), current);
        grid.add(all, 1, 2);
        grid.add(audit, 1, 3);
        form.getDialogPane().setContent(grid);
        form.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        form.getDialogPane().setNodeOrientation(text.orientation());
        if (form.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return Optional.empty();
        }
        InterchangeFormat chosen = format.getValue();
        File out;
        if (chosen == InterchangeFormat.BRAT) {
            DirectoryChooser folder = new DirectoryChooser();
            folder.setTitle(text.get("transfer.export.folder"));
            out = folder.showDialog(owner);
        } else {
            FileChooser file = new FileChooser();
            file.setTitle(text.get("transfer.export.title"));
            String extension = switch (chosen) {
                case ISNAD -> "isnad";
                case W3C -> "jsonld";
                default -> chosen.key().toLowerCase(Locale.ROOT);
            };
            file.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("transfer.format." + chosen.key()),
                    "*." + extension));
            file.setInitialFileName("isnad-export." + extension);
            out = file.showSaveDialog(owner);
        }
        return out == null ? Optional.empty()
                : Optional.of(new ExportChoice(chosen, all.isSelected(), audit.isSelected() && !audit.isDisabled(), out.toPath()));
    }
}
