package org.isnad.ui.search;

import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.isnad.service.CorpusSearch;
import org.isnad.service.SearchHit;
import org.isnad.service.SearchPage;
import org.isnad.service.SearchQuery;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/**
 * The corpus search: a query field and the hits grouped per document. The search runs on its own
 * thread, so the window never waits; only the newest query's answer is shown. Enter in the field
 * searches; Enter or F3 in the list (or a double click) opens the next hit.
 */
public final class CorpusSearchPane extends BorderPane {
    /** A page of hits: the rest are counted, not loaded. */
    private static final int PAGE = 500;

    private final UiText text;
    private final CorpusSearch search;
    private final Consumer<SearchHit> opener;
    private final TextField field = new TextField();
    private final ListView<SearchRow> results = new ListView<>();
    private final Label summary = new Label();
    private long generation;
    /** The document a find is limited to (Ctrl+F), or null for the whole corpus (Ctrl+Shift+F). */
    private String scope;

    public CorpusSearchPane(UiText text, CorpusSearch search, Consumer<SearchHit> opener) {
        this.text = text;
        this.search = search;
        this.opener = opener;
        getStyleClass().add(StyleClasses.CORPUS_SEARCH);
        field.getStyleClass().add(StyleClasses.CORPUS_SEARCH_FIELD);
        field.setPromptText(text.get("search.prompt"));
        results.getStyleClass().add(StyleClasses.CORPUS_SEARCH_RESULTS);
        results.setCellFactory(list -> new KwicCell(text));
        summary.getStyleClass().add(StyleClasses.CORPUS_SEARCH_SUMMARY);
        VBox top = new VBox(6, field, summary);
        top.setPadding(new Insets(8));
        setTop(top);
        setCenter(results);
        VBox.setVgrow(results, Priority.ALWAYS);
        field.setOnAction(e -> run(field.getText()));
        results.addEventFilter(KeyEvent.KEY_PRESSED, this::stepKeys);
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
    }

    public TextField field() {
        return field;
    }

    /** Limits the searches to one document (find in the open article), or, with null, searches the corpus. */
    public void limitTo(String documentId) {
        scope = documentId;
    }

    /** Searches in the background; an older search that answers late is ignored. */
    public void run(String query) {
        long mine = ++generation;
        String where = scope;
        summary.setText(text.get("search.running"));
        Thread worker = new Thread(() -> {
            try {
                SearchPage page = search.search(SearchQuery.of(query).inDocument(where), 0, PAGE);
                Platform.runLater(() -> show(mine, page));
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    if (mine == generation) {
                        results.getItems().clear();
                        summary.setText(text.describe(e));
                    }
                });
            }
        }, "corpus-search");
        worker.setDaemon(true);
        worker.start();
    }

    private void show(long mine, SearchPage page) {
        if (mine != generation) {
            return;
        }
        List<SearchRow> rows = SearchRows.of(page);
        results.getItems().setAll(rows);
        summary.setText(text.format("search.summary", page.total(), page.documents()));
    }

    private void stepKeys(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F3) {
            openNext(e.isShiftDown() ? -1 : 1);
            e.consume();
        }
    }

    /** Opens the next (or previous) hit after the selected line, skipping the headings. */
    public void openNext(int direction) {
        List<SearchRow> rows = results.getItems();
        int i = results.getSelectionModel().getSelectedIndex();
        for (int step = 0; step < rows.size(); step++) {
            i = Math.floorMod(i + direction, rows.size());
            if (rows.get(i).isHit()) {
                results.getSelectionModel().select(i);
                results.scrollTo(i);
                opener.accept(rows.get(i).hit());
                return;
            }
        }
    }

    private void openSelected() {
        SearchRow row = results.getSelectionModel().getSelectedItem();
        if (row != null && row.isHit()) {
            opener.accept(row.hit());
        }
    }
}
