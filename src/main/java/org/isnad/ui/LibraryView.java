package org.isnad.ui;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import org.isnad.domain.Layer;
import org.isnad.service.Catalog;
import org.isnad.service.DocumentSummary;
import org.isnad.service.LibraryFilter;
import org.isnad.service.LibraryPage;
import org.isnad.ui.editing.EditorViewModel;
import org.isnad.ui.language.UiText;
import org.isnad.ui.library.LibraryFilterBar;

/**
 * The document library (library-view.fxml): the sort and filter bar, one page of rows and the pager;
 * selecting one row opens its document in the editor; selecting several (Ctrl/Shift+click) opens none,
 * so that they can be deleted together.
 */
final class LibraryView {
    private final UiText text;
    private final LibraryViewModel library;
    private final EditorViewModel editor;
    private final Consumer<String> open;
    private final LibraryFilterBar filterBar;

    @FXML private TableView<DocumentSummary> libraryTable;
    @FXML private TableColumn<DocumentSummary, String> titleColumn;
    @FXML private TableColumn<DocumentSummary, String> outletColumn;
    @FXML private TableColumn<DocumentSummary, String> dateColumn;
    @FXML private TableColumn<DocumentSummary, String> stateColumn;
    @FXML private TableColumn<DocumentSummary, Integer> speakersColumn;
    @FXML private TableColumn<DocumentSummary, Integer> cuesColumn;
    @FXML private TableColumn<DocumentSummary, Integer> quotesColumn;
    @FXML private TableColumn<DocumentSummary, Integer> claimsColumn;
    @FXML private StackPane filterHolder;
    @FXML private Label placeholderLabel;
    @FXML private Label pageLabel;
    @FXML private Button previousPage;
    @FXML private Button nextPage;

    /** {@code status}: where a filter value that cannot be read is reported. */
    LibraryView(UiText text, LibraryViewModel library, Catalog catalog, EditorViewModel editor, Consumer<String> open,
                Consumer<String> status) {
        this.text = text;
        this.library = library;
        this.editor = editor;
        this.open = open;
        this.filterBar = new LibraryFilterBar(text, catalog, this::filterChanged, status);
    }

    private void filterChanged() {
        library.show(filterBar.filter(), filterBar.order(), filterBar.descending());
    }

    private void pageShown(LibraryPage page) {
        int shown = page.rows().size();
        pageLabel.setText(shown == 0 ? text.format("library.page.none", page.total(), 0)
                : text.format("library.page", page.offset() + 1, page.offset() + shown, page.total()));
        previousPage.setDisable(!library.hasPreviousPage());
        nextPage.setDisable(!library.hasNextPage());
        placeholderLabel.setText(text.get(library.filter().equals(LibraryFilter.ALL) ? "library.empty" : "library.filter.nothing"));
    }

    @FXML
    private void previousPage() {
        library.previousPage();
        libraryTable.scrollTo(0);
    }

    @FXML
    private void nextPage() {
        library.nextPage();
        libraryTable.scrollTo(0);
    }

    LibraryFilterBar filterBar() {
        return filterBar;
    }

    @FXML
    private void initialize() {
        TableColumns.showArabic(titleColumn, DocumentSummary::title);
        TableColumns.showArabic(outletColumn, DocumentSummary::outlet);
        TableColumns.show(dateColumn, d -> d.publishedDate() == null ? "" : text.digits(d.publishedDate().toString()));
        TableColumns.show(stateColumn, d -> text.get("state." + d.state()));
        TableColumns.showNumber(speakersColumn, d -> d.count(Layer.SPEAKER), text);
        TableColumns.showNumber(cuesColumn, d -> d.count(Layer.CUE), text);
        TableColumns.showNumber(quotesColumn, d -> d.count(Layer.QUOTE), text);
        TableColumns.showNumber(claimsColumn, d -> d.count(Layer.CLAIM), text);
        filterHolder.getChildren().add(filterBar.node());
        libraryTable.setItems(library.documents());
        // an invalidation listener: a new page equal to the last (both empty) still updates the placeholder
        library.page().addListener(o -> pageShown(library.page().get()));
        library.refresh();
        libraryTable.getSelectionModel().selectedItemProperty().addListener((o, old, d) -> {
            // several rows selected (Ctrl/Shift+click, e.g. to delete them): opening one would reset the selection
            boolean several = libraryTable.getSelectionModel().getSelectedIndices().size() > 1;
            if (d != null && !several && !library.isRefreshing()
                    && editor.session().map(s -> !s.document().id().equals(d.id())).orElse(true)) {
                open.accept(d.id());
            }
        });
    }

    TableView<DocumentSummary> table() {
        return libraryTable;
    }

    /** Opens the first document, if there is one. */
    void selectFirst() {
        library.documents().stream().findFirst().ifPresent(d -> libraryTable.getSelectionModel().select(d));
    }

    /** After other users' work (a team server): the whole page read again, the open document's row still selected. */
    void refreshAll() {
        String current = editor.session().map(s -> s.document().id()).orElse(null);
        library.refresh();
        library.documents().stream().filter(d -> d.id().equals(current)).findFirst()
                .ifPresent(d -> libraryTable.getSelectionModel().select(d));
    }

    /** After an edit or a review step: the open document's counts and state, and its row still selected. */
    void refreshAfterEdit() {
        String current = editor.session().map(s -> s.document().id()).orElse(null);
        // an edit changes the counts of its own document only: re-reading 2,000 rows after each would be felt
        if (current == null) {
            library.refresh();
        } else {
            library.refresh(current);
        }
        library.documents().stream().filter(d -> d.id().equals(current)).findFirst()
                .ifPresent(d -> libraryTable.getSelectionModel().select(d));
    }
}
