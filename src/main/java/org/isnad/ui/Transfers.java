package org.isnad.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.isnad.service.CancelledException;
import org.isnad.service.ConflictPolicy;
import org.isnad.service.ExportReport;
import org.isnad.service.ExportRequest;
import org.isnad.service.ImportReport;
import org.isnad.service.ImportRequest;
import org.isnad.service.Interchange;
import org.isnad.service.InterchangeFormat;
import org.isnad.service.SetConflictException;
import org.isnad.ui.language.UiText;

/**
 * Import and export of bundles, brat, W3C and CSV from the window: in the background with progress
 * and cancel, errors in plain words, and a question when an imported set conflicts with a stored one.
 */
public final class Transfers {
    private final Interchange interchange;
    private final String user;
    private final UiText text;
    private final Window owner;
    private final Consumer<String> status;
    private final Consumer<ImportReport> imported;

    public Transfers(Interchange interchange, String user, UiText text, Window owner, Consumer<String> status,
                     Consumer<ImportReport> imported) {
        this.interchange = interchange;
        this.user = user;
        this.text = text;
        this.owner = owner;
        this.status = status;
        this.imported = imported;
    }

    /** Imports a bundle, a brat {@code .ann} or W3C JSON-LD ({@code textFile} names the text it annotates). */
    public void importFile(Path file, Path textFile) {
        importFile(ImportRequest.of(file, user).withText(textFile));
    }

    /**
     * A bundle opened from the file manager or the command line: read and checked in the background,
     * shown in a preview, and imported only when the user says so.
     */
    public void previewAndImport(Path bundle, java.util.function.Predicate<String> trustedKey) {
        new BackgroundWork<org.isnad.service.BundlePreview>(text, owner, text.get("preview.title"))
                .run(progress -> interchange.preview(bundle, trustedKey), preview -> {
                    javafx.scene.control.Dialog<ButtonType> dialog = BundlePreviewDialog.dialog(text, owner, preview);
                    dialog.showAndWait().filter(BundlePreviewDialog::isImport).ifPresentOrElse(
                            yes -> importFile(bundle, null), () -> status.accept(text.get("transfer.import.cancelled")));
                }, failure -> failed("transfer.import.failed", failure));
    }

    private void importFile(ImportRequest request) {
        new BackgroundWork<ImportReport>(text, owner, text.get("transfer.import.title"))
                .run(progress -> interchange.importFile(request, progress), report -> {
                    imported.accept(report);
                    long sets = report.documents().stream().mapToLong(d -> d.sets().size()).sum();
                    String done = text.format("transfer.import.done", report.documents().size(), sets,
                            report.warnings().size());
                    ImportReport.Carried c = report.carried();
                    status.accept(c.equals(ImportReport.Carried.NONE) ? done : done + " " + text.format("transfer.import.carried",
                            c.claimRecordsAdded(), c.claimRecordsMerged(), c.stancesAdded(), c.ratingsTaken(), c.assignmentsTaken()));
                    if (!report.warnings().isEmpty()) {
                        show(Alert.AlertType.WARNING, text.get("transfer.import.warnings"), String.join("\n", report.warningMessages().stream().map(text::render).toList()));
                    }
                }, failure -> {
                    if (failure instanceof SetConflictException conflict) {
                        askAboutConflict(conflict).ifPresent(policy -> importFile(request.withConflictPolicy(policy)));
                    } else {
                        failed("transfer.import.failed", failure);
                    }
                });
    }

    /** Exports documents (all of them when the list is empty) in a format to a file, or a folder for brat. */
    public void export(List<String> documentIds, InterchangeFormat format, Path out, boolean withAudit) {
        ExportRequest request = new ExportRequest(documentIds, format, out, withAudit, user);
        new BackgroundWork<ExportReport>(text, owner, text.get("transfer.export.title"))
                .run(progress -> interchange.export(request, progress),
                        report -> status.accept(text.format("transfer.export.done", report.documents(), report.spans(),
                                report.files().isEmpty() ? out : report.files().get(0))),
                        failure -> failed("transfer.export.failed", failure));
    }

    private Optional<ConflictPolicy> askAboutConflict(SetConflictException conflict) {
        ButtonType keepBoth = new ButtonType(text.get("transfer.conflict.keep.both"), ButtonBar.ButtonData.YES);
        ButtonType replace = new ButtonType(text.get("transfer.conflict.replace"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text.describe(conflict), keepBoth, replace, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText(text.get("transfer.conflict.header"));
        alert.getDialogPane().setNodeOrientation(text.orientation());
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            status.accept(text.get("transfer.import.cancelled"));
            return Optional.empty();
        }
        return Optional.of(answer.get() == keepBoth ? ConflictPolicy.KEEP_BOTH : ConflictPolicy.REPLACE);
    }

    private void failed(String headerKey, Throwable failure) {
        if (failure instanceof CancelledException) {
            status.accept(text.get("transfer.cancelled"));
            return;
        }
        String message = text.describe(failure);
        status.accept(text.get(headerKey) + " " + message);
        show(Alert.AlertType.ERROR, text.get(headerKey), message);
    }

    private void show(Alert.AlertType type, String header, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(owner);
        alert.setHeaderText(header);
        alert.getDialogPane().setNodeOrientation(text.orientation());
        alert.show();
    }
}
