package org.isnad.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.isnad.message.Message;
import org.isnad.service.DocumentSummary;
import org.isnad.service.ImportOptions;
import org.isnad.service.ImportResult;
import org.isnad.service.Library;
import org.isnad.ui.language.UiText;

/** The document library as the window shows it: rows, and importing files into it. */
public final class LibraryViewModel {
    private final Library library;
    private final String user;
    private final UiText text;
    private final ObservableList<DocumentSummary> documents = FXCollections.observableArrayList();
    private boolean refreshing;
    /** "My work": the documents assigned to the user (as analyst or curator); null shows every document. */
    private java.util.function.Supplier<java.util.Set<String>> onlyThese;

    /** {@code text}: the language in which a refused file says why. */
    public LibraryViewModel(Library library, String user, UiText text) {
        this.library = library;
        this.user = user;
        this.text = text;
    }

    public ObservableList<DocumentSummary> documents() {
        return documents;
    }

    public void refresh() {
        refreshing = true;
        try {
            java.util.Set<String> only = onlyThese == null ? null : onlyThese.get();
            documents.setAll(only == null ? library.documents()
                    : library.documents().stream().filter(d -> only.contains(d.id())).toList());
        } finally {
            refreshing = false;
        }
    }

    /**
     * Shows only the documents {@code assigned} names (read again on each refresh), or every document when null:
     * the library's "my work" filter.
     */
    public void showOnly(java.util.function.Supplier<java.util.Set<String>> assigned) {
        this.onlyThese = assigned;
        refresh();
    }

    public boolean filtered() {
        return onlyThese != null;
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
