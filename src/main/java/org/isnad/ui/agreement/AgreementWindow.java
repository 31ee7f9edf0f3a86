package org.isnad.ui.agreement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.isnad.agreement.AgreementCsv;
import org.isnad.agreement.AgreementReport;
import org.isnad.agreement.DocumentAgreement;
import org.isnad.agreement.PairFigures;
import org.isnad.domain.Layer;
import org.isnad.service.DocumentSummary;
import org.isnad.service.Workspace;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/** The Team menu's agreement window over the whole library: the matrix per layer, the documents, CSV export. */
public final class AgreementWindow {
    private final Stage owner;
    private final UiText text;
    private final Workspace workspace;
    private Stage stage;
    private AgreementReport report;
    private final AgreementMatrix matrix;
    private final TableView<DocumentRow> documents = new TableView<>();
    private final ComboBox<Layer> layer = new ComboBox<>();
    private DisagreementList disagreements;
    private java.util.function.Consumer<org.isnad.service.Disagreement> openAt = d -> { };
    private Map<String, String> titles = Map.of();
    private Map<String, String> texts = Map.of();
    private final Label progress = new Label();
    private final javafx.beans.property.ReadOnlyBooleanWrapper measured = new javafx.beans.property.ReadOnlyBooleanWrapper();

    /** What one measurement of the library brings back to the window from its background thread. */
    private record Measurement(AgreementReport report, List<org.isnad.service.Disagreement> disagreements,
            Map<String, String> titles, Map<String, String> texts) {
    }

    public AgreementWindow(Stage owner, UiText text, Workspace workspace) {
        this.owner = owner;
        this.text = text;
        this.workspace = workspace;
        this.matrix = new AgreementMatrix(text);
    }

    /** Adds the Team menu with "Agreement…" (Ctrl+Shift+G). */
    public void install(MenuBar menuBar) {
        MenuItem open = new MenuItem(text.get("menu.team.agreement"));
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+G"));
        open.setOnAction(e -> open());
        Menu team = new Menu(text.get("menu.team"));
        team.getItems().add(open);
        menuBar.getMenus().add(Math.max(0, menuBar.getMenus().size() - 1), team);
    }

    /** What opening a disagreement does: the main window opens the document there with both versions marked. */
    public AgreementWindow onOpenDisagreement(java.util.function.Consumer<org.isnad.service.Disagreement> action) {
        this.openAt = action;
        return this;
    }

    /**
     * Shows the window and measures the library afresh off the window's thread (a library with many
     * double-annotated articles takes seconds); the figures replace the previous ones when they are ready.
     */
    public Stage open() {
        if (stage == null) {
            stage = build();
        }
        stage.show();
        stage.toFront();
        measured.set(false);
        progress.setText(text.get("agreement.measuring"));
        javafx.concurrent.Task<Measurement> task = new javafx.concurrent.Task<>() {
            @Override
            protected Measurement call() {
                Map<String, String> names = workspace.library().documents().stream()
                        .collect(Collectors.toMap(DocumentSummary::id, DocumentSummary::title, (x, y) -> x));
                List<org.isnad.service.Disagreement> found = workspace.agreement().disagreementsInLibrary();
                // the articles' texts for the list's context lines, read here rather than while the list draws
                Map<String, String> texts = new java.util.HashMap<>();
                for (org.isnad.service.Disagreement d : found) {
                    texts.computeIfAbsent(d.documentId(),
                            k -> workspace.library().document(k).map(org.isnad.domain.Document::text).orElse(null));
                }
                return new Measurement(workspace.agreement().measureAll(List.of()), found, names, texts);
            }
        };
        task.setOnSucceeded(e -> {
            Measurement m = task.getValue();
            report = m.report();
            titles = m.titles();
            texts = m.texts();
            disagreements.show(m.disagreements(), layer.getValue());
            refresh();
            progress.setText("");
            measured.set(true);
        });
        task.setOnFailed(e -> progress.setText(text.describe(task.getException())));
        Thread worker = new Thread(task, "isnad-agreement");
        worker.setDaemon(true);
        worker.start();
        return stage;
    }

    /** True once the latest {@link #open} has measured the library and shows its figures (tests wait for it). */
    public javafx.beans.property.ReadOnlyBooleanProperty measured() {
        return measured.getReadOnlyProperty();
    }

    private Stage build() {
        Stage s = new Stage();
        s.initOwner(owner);
        s.setTitle(text.get("agreement.title"));
        layer.getItems().setAll(Layer.values());
        layer.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Layer l) {
                return l == null ? "" : text.get("layer." + l.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public Layer fromString(String shown) {
                return layer.getItems().stream().filter(l -> toString(l).equals(shown)).findFirst().orElse(null);
            }
        });
        layer.setValue(Layer.QUOTE);
        layer.setOnAction(e -> refresh());
        Button export = new Button(text.get("agreement.export"));
        export.setOnAction(e -> exportCsv(s));
        HBox top = new HBox(10, new Label(text.get("agreement.layer")), layer, export, progress);
        export.disableProperty().bind(measured.not());
        columns();
        disagreements = new DisagreementList(text, d -> openAt.accept(d), id -> texts.get(id));
        documents.setPrefHeight(200);
        disagreements.node().setPrefHeight(220);
        VBox root = new VBox(10, top, new Label(text.get("agreement.matrix")), matrix.node(),
                new Label(text.get("agreement.documents")), documents, new Label(text.get("disagreement.title")),
                disagreements.node());
        root.setPadding(new Insets(14));
        root.getStyleClass().add(StyleClasses.AGREEMENT_WINDOW);
        if (text.locale().getLanguage().equals("ar")) {
            root.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        }
        s.setScene(new Scene(root, 940, 760));
        s.getScene().getStylesheets().addAll(owner.getScene() == null ? List.of() : owner.getScene().getStylesheets());
        return s;
    }

    private void columns() {
        documents.getColumns().add(column("agreement.column.document", DocumentRow::title));
        documents.getColumns().add(column("agreement.column.pair", DocumentRow::pair));
        documents.getColumns().add(column("agreement.column.exact", r -> r.figures() == null ? "" : FigureText.value(r.figures().exactF1(), text)));
        documents.getColumns().add(column("agreement.column.overlap", r -> r.figures() == null ? "" : FigureText.value(r.figures().overlapF1(), text)));
        documents.getColumns().add(column("agreement.column.alpha", r -> r.figures() == null ? "" : FigureText.value(r.figures().alphaU(), text)));
        documents.getColumns().add(column("agreement.column.note", DocumentRow::note));
        double[] widths = {260, 130, 80, 80, 80, 230};
        for (int i = 0; i < widths.length; i++) {
            documents.getColumns().get(i).setPrefWidth(widths[i]);
        }
    }

    private TableColumn<DocumentRow, String> column(String key, Function<DocumentRow, String> value) {
        TableColumn<DocumentRow, String> c = new TableColumn<>(text.get(key));
        c.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return c;
    }

    private void refresh() {
        if (report == null) {
            return;
        }
        Layer chosen = layer.getValue();
        matrix.show(report, chosen);
        disagreements.filter(chosen);
        List<DocumentRow> rows = new ArrayList<>();
        for (DocumentAgreement d : report.documents()) {
            String title = titles.getOrDefault(d.documentId(), d.documentId());
            if (d.alone() != null) {
                rows.add(new DocumentRow(title, String.join(", ", d.analysts()), null,
                        text.get("agreement.reason." + d.alone().key())));
            }
            for (PairFigures p : d.pairs()) {
                if (p.layer() == chosen) {
                    String why = (FigureText.reason(p.exactF1(), text) + " " + FigureText.reason(p.alphaU(), text)).strip();
                    rows.add(new DocumentRow(title, p.a() + " · " + p.b(), p, why));
                }
            }
        }
        documents.getItems().setAll(rows);
    }

    private void exportCsv(Stage s) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("agreement.csv");
        java.io.File file = chooser.showSaveDialog(s);
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file.toPath(), AgreementCsv.of(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            new Alert(Alert.AlertType.ERROR, text.describe(e)).showAndWait();
        }
    }

    /** For tests: the disagreements listed in the chosen layer. */
    public List<org.isnad.service.Disagreement> disagreementsForTest() {
        return List.copyOf(disagreements.node().getItems());
    }

    /** For tests: opens a listed disagreement as Enter would. */
    public void openDisagreementForTest(int row) {
        disagreements.node().getSelectionModel().select(row);
        openAt.accept(disagreements.node().getSelectionModel().getSelectedItem());
    }

    /** For tests and snapshots: the rows of the per-document table. */
    public List<String> documentRowsForTest() {
        return documents.getItems().stream().map(r -> r.title() + " | " + r.pair() + " | "
                + (r.figures() == null ? "" : FigureText.value(r.figures().exactF1(), text)) + " | " + r.note()).toList();
    }
}
