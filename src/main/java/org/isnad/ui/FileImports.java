package org.isnad.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.isnad.service.ImportOptions;
import org.isnad.service.ImportResult;
import org.isnad.ui.language.UiText;

/** The ways an article gets in: the file chooser, files dropped on the window, text pasted from the clipboard. */
final class FileImports {
    private final UiText text;
    private final LibraryViewModel library;
    private final Window owner;
    private final Consumer<String> status;
    private final Consumer<String> openDocument;

    FileImports(UiText text, LibraryViewModel library, Window owner, Consumer<String> status, Consumer<String> openDocument) {
        this.text = text;
        this.library = library;
        this.owner = owner;
        this.status = status;
        this.openDocument = openDocument;
    }

    void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("import.filter"), "*.txt"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) {
            importFiles(files.stream().map(File::toPath).toList());
        }
    }

    void acceptDrops(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (e.getDragboard().hasFiles()) {
                importFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    /** Reads and imports the files in the background (an article may be megabytes), then opens the first. */
    void importFiles(List<Path> files) {
        new BackgroundWork<LibraryViewModel.ImportReport>(text, owner, text.get("import.title"))
                .run(progress -> library.importFiles(files, progress), this::imported,
                        failure -> status.accept(failure instanceof org.isnad.service.CancelledException
                                ? text.get("transfer.cancelled") : text.describe(failure)));
    }

    private void imported(LibraryViewModel.ImportReport report) {
        library.refresh();
        report.results().stream().findFirst().map(r -> r.document().id()).ifPresent(openDocument);
        status.accept(text.format("import.done", report.added(), report.existing()));
        if (!report.failures().isEmpty()) {
            Alert alert = new Alert(Alert.AlertType.WARNING, String.join("\n", report.failures()));
            alert.setHeaderText(text.format("import.failed", report.failures().size()));
            alert.initOwner(owner);
            alert.getDialogPane().setNodeOrientation(text.orientation());
            alert.show();
        }
    }

    /** Makes a new document of the text on the clipboard. */
    void pasteDocument() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (!clipboard.hasString() || clipboard.getString().isBlank()) {
            status.accept(text.get("paste.empty"));
            return;
        }
        try {
            ImportResult result = library.importPasted(clipboard.getString(), ImportOptions.none());
            status.accept(text.get(result.existing() ? "paste.existing" : "paste.done"));
            openDocument.accept(result.document().id());
        } catch (IllegalArgumentException e) {
            status.accept(text.format("import.failed", 1) + " " + text.describe(e));
        }
    }
}
