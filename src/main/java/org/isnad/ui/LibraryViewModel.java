package org.isnad.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.isnad.message.Message;
import org.isnad.service.Catalog;
import org.isnad.service.DocumentSummary;
import org.isnad.service.ImportOptions;
import org.isnad.service.ImportResult;
import org.isnad.service.Library;
import org.isnad.service.LibraryFilter;
import org.isnad.service.LibraryOrder;
import org.isnad.service.LibraryPage;
import org.isnad.service.LibraryRow;
import org.isnad.ui.language.UiText;

/**
 * The document library as the window shows it: one page of the filtered, sorted library (the
 * database filters, sorts and counts, so 20,000 articles cost what a page does), and importing files.
 */
public final class LibraryViewModel {
    /** Rows per page: enough to scroll, few enough that a page is read in a blink. */
    public static final int PAGE = 200;

    private final Library library;
    private final Catalog catalog;
    private final String user;
    private final UiText text;
    private final ObservableList<DocumentSummary> documents = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LibraryPage> page = new ReadOnlyObjectWrapper<>(new LibraryPage(List.of(), 0, 0));
    private LibraryFilter filter = LibraryFilter.ALL;
    private LibraryOrder order = LibraryOrder.IMPORTED;
    private boolean descending;
    private int offset;
    private boolean refreshing;
    /** "My work": the documents assigned to the user (as analyst or curator); null shows every document. */
    private String onlyAssignedTo;

    /** {@code text}: the language in which a refused file says why. */
    public LibraryViewModel(Library library, Catalog catalog, String user, UiText text) {
        this.library = library;
        this.catalog = catalog;
        this.user = user;
        this.text = text;
    }

    /** The page shown: its rows, where it starts and how many articles the filter matches. */
    public ReadOnlyObjectProperty<LibraryPage> page() {
        return page.getReadOnlyProperty();
    }

    public LibraryFilter filter() {
        return filter;
    }

    /** A new filter or order shows its first page. */
    public void show(LibraryFilter newFilter, LibraryOrder newOrder, boolean newDescending) {
        filter = newFilter;
        order = newOrder;
        descending = newDescending;
        offset = 0;
        refresh();
    }

    public boolean hasNextPage() {
        return offset + PAGE < page.get().total();
    }

    public boolean hasPreviousPage() {
        return offset > 0;
    }

    public void nextPage() {
        if (hasNextPage()) {
            offset += PAGE;
            refresh();
        }
    }

    public void previousPage() {
        if (hasPreviousPage()) {
            offset = Math.max(0, offset - PAGE);
            refresh();
        }
    }

    public ObservableList<DocumentSummary> documents() {
        return documents;
    }

    /** Reads the current page again (after an import or a deletion: the last page may have gone). */
    public void refresh() {
        LibraryFilter asked = filter.withAssignedTo(onlyAssignedTo);
        LibraryPage read = catalog.page(asked, order, descending, offset, PAGE);
        if (read.rows().isEmpty() && offset > 0) {
            offset = Math.max(0, (read.total() - 1) / PAGE * PAGE);
            read = catalog.page(asked, order, descending, offset, PAGE);
        }
        refreshing = true;
        try {
            documents.setAll(read.rows().stream().map(LibraryRow::summary).toList());
            page.set(read);
        } finally {
            refreshing = false;
        }
    }

    /**
     * The library's "my work" filter: only the documents assigned to {@code user} (as analyst or curator), over the
     * whole library and with the bar's filter; every document when null. Shows the first page.
     */
    public void showOnlyAssignedTo(String user) {
        this.onlyAssignedTo = user;
        offset = 0;
        refresh();
    }

    public boolean filtered() {
        return onlyAssignedTo != null;
    }

    /** Re-reads only one document's row (its counts and state after an edit); the whole list if it is not there. */
    public void refresh(String documentId) {
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).id().equals(documentId)) {
                Optional<DocumentSummary> row = library.summary(documentId);
                if (row.isEmpty()) {
                    break;
                }
                refreshing = true;
                try {
                    documents.set(i, row.get());
                } finally {
                    refreshing = false;
                }
                return;
            }
        }
        refresh();
    }

    /**
     * True while {@link #refresh} replaces the rows: a table selection that moves then (it keeps its
     * index, so it may land on another document) is not the user's choice and must open nothing.
     */
    public boolean isRefreshing() {
        return refreshing;
    }

    /** Makes a document of pasted text (normalised like a file). */
    public ImportResult importPasted(String pasted, ImportOptions options) {
        ImportResult result = library.importPasted(pasted, options, user);
        refresh();
        return result;
    }

    /**
     * Imports files one by one (each measured before it is read, {@link Library#importFile(Path, ImportOptions, String)});
     * a refused file does not stop the others. Reads and stores only, so that it can run off the
     * window's thread: the caller refreshes the rows afterwards.
     */
    public ImportReport importFiles(List<Path> files, org.isnad.service.Progress progress) {
        List<ImportResult> imported = new ArrayList<>();
        List<Refusal> failures = new ArrayList<>();
        int done = 0;
        for (Path file : files) {
            progress.checkCancelled();
            progress.report(done++, files.size(), Message.of("service.progress.importing", file.getFileName().toString()));
            try {
                imported.add(library.importFile(file, ImportOptions.none(), user));
            } catch (Exception e) {
                failures.add(new Refusal(file, e));
            }
        }
        return new ImportReport(imported, failures);
    }

    /** A file that was not imported, and why. */
    public record Refusal(Path file, Exception reason) {
    }

    /** What an import did: the documents it added or found, and the files it refused with why. */
    public record ImportReport(List<ImportResult> results, List<Refusal> failures) {
        public long added() {
            return results.stream().filter(r -> !r.existing()).count();
        }

        public long existing() {
            return results.stream().filter(ImportResult::existing).count();
        }
    }
}
