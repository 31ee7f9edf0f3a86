package org.isnad.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.isnad.domain.Layer;
import org.isnad.service.DocumentSummary;
import org.isnad.service.Workspace;

/** The main window: the document library, its menus and the status line. */
public final class MainWindow {
    private final Stage stage;
    private final UiText text;
    private final Workspace workspace;
    private final String user;
    private final LibraryViewModel library;

    @FXML private Parent root;
    @FXML private TableView<DocumentSummary> libraryTable;
    @FXML private TableColumn<DocumentSummary, String> titleColumn;
    @FXML private TableColumn<DocumentSummary, String> outletColumn;
    @FXML private TableColumn<DocumentSummary, String> dateColumn;
    @FXML private TableColumn<DocumentSummary, String> stateColumn;
    @FXML private TableColumn<DocumentSummary, Integer> speakersColumn;
    @FXML private TableColumn<DocumentSummary, Integer> cuesColumn;
    @FXML private TableColumn<DocumentSummary, Integer> quotesColumn;
    @FXML private TableColumn<DocumentSummary, Integer> claimsColumn;
    @FXML private Label userLabel;
    @FXML private Label statusLabel;

    public MainWindow(Stage stage, UiText text, Workspace workspace, String user) {
        this.stage = stage;
        this.text = text;
        this.workspace = workspace;
        this.user = user;
        this.library = new LibraryViewModel(workspace.library(), user);
    }

    public void show() {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("/fxml/main-window.fxml"), text.bundle());
        loader.setController(this);
        Parent loaded;
        try {
            loaded = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the main window's layout could not be loaded", e);
        }
        Scene scene = new Scene(loaded);
        scene.getStylesheets().add(MainWindow.class.getResource("/styles/app.css").toExternalForm());
        loaded.setNodeOrientation(text.orientation());
        stage.setTitle(text.get("app.title"));
        stage.setScene(scene);
        stage.show();
    }

    @FXML
    private void initialize() {
        column(titleColumn, DocumentSummary::title);
        titleColumn.getStyleClass().add("arabic-cell");
        column(outletColumn, DocumentSummary::outlet);
        column(dateColumn, d -> d.publishedDate() == null ? "" : d.publishedDate().toString());
        column(stateColumn, d -> text.get("state." + d.state()));
        count(speakersColumn, Layer.SPEAKER);
        count(cuesColumn, Layer.CUE);
        count(quotesColumn, Layer.QUOTE);
        count(claimsColumn, Layer.CLAIM);
        libraryTable.setItems(library.documents());
        library.refresh();
        userLabel.setText(text.format("status.user", user));
        updateStatus();
    }

    @FXML
    private void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("import.filter"), "*.txt"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            report(library.importFiles(files.stream().map(File::toPath).toList()));
        }
    }

    private void report(LibraryViewModel.ImportReport report) {
        updateStatus();
        statusLabel.setText(text.format("import.done", report.added(), report.existing()));
        if (!report.failures().isEmpty()) {
            Alert alert = new Alert(Alert.AlertType.WARNING, String.join("\n", report.failures()));
            alert.setHeaderText(text.format("import.failed", report.failures().size(), ""));
            alert.initOwner(stage);
            alert.show();
        }
    }

    @FXML
    private void quit() {
        stage.close();
    }

    private void updateStatus() {
        statusLabel.setText(text.format("status.documents", library.documents().size(), workspace.location()));
    }

    private static <T> void column(TableColumn<DocumentSummary, T> column, Function<DocumentSummary, T> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    private static void count(TableColumn<DocumentSummary, Integer> column, Layer layer) {
        column(column, d -> d.count(layer));
    }
}
