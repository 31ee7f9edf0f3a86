package org.isnad.ui.claims;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.isnad.domain.ClaimAppearance;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.ClaimRecordSummary;
import org.isnad.service.ClaimChange;
import org.isnad.service.ClaimCommand;
import org.isnad.service.ClaimRecords;
import org.isnad.ui.language.UiText;

/**
 * The claims window's edits (issue 17): merging the selected records into one (after a confirmation that
 * names them), splitting the selected appearances off into a new record, and undo/redo of the claim
 * records' commands. Each runs through {@link ClaimRecords}, so it is audited and undoable; the list, the
 * page and the status line follow.
 */
final class ClaimsEdits {
    private final Window owner;
    private final UiText text;
    private final ClaimRecords records;
    private final ClaimsViewModel model;
    private final String user;
    private final Consumer<String> status;
    private final Consumer<Set<String>> changed;
    private Alert confirmation;
    private TextInputDialog statement;

    ClaimsEdits(Window owner, UiText text, ClaimRecords records, ClaimsViewModel model, String user,
                Consumer<String> status, Consumer<Set<String>> changed) {
        this.owner = owner;
        this.text = text;
        this.records = records;
        this.model = model;
        this.user = user;
        this.status = status;
        this.changed = changed;
    }

    /**
     * Merges the selected records into the one with the most appearances (the first of them on a tie),
     * after the analyst confirmed the dialog that names the kept record and the merged ones.
     */
    void merge(List<ClaimRecordSummary> selected) {
        if (selected.size() < 2) {
            status.accept(text.get("claims.merge.choose"));
            return;
        }
        ClaimRecordSummary keep = selected.get(0);
        for (ClaimRecordSummary s : selected) {
            if (s.appearances() > keep.appearances()) {
                keep = s;
            }
        }
        ClaimRecordSummary kept = keep;
        List<ClaimRecordSummary> others = selected.stream().filter(s -> s != kept).toList();
        String names = others.stream().map(s -> "«" + s.record().statement() + "»").collect(Collectors.joining("\n"));
        confirmation = new Alert(Alert.AlertType.CONFIRMATION);
        confirmation.initOwner(owner);
        confirmation.setTitle(text.get("claims.merge.title"));
        confirmation.setHeaderText(text.format("claims.merge.header", kept.record().statement()));
        confirmation.setContentText(text.format("claims.merge.body", others.size(), names));
        ButtonType ok = new ButtonType(text.get("claims.merge.ok"), ButtonBar.ButtonData.OK_DONE);
        confirmation.getButtonTypes().setAll(ok, new ButtonType(text.get("claims.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        confirmation.getDialogPane().setNodeOrientation(text.orientation());
        confirmation.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        confirmation.resultProperty().addListener((o, a, b) -> {
            if (b == ok) {
                run(() -> records.merge(kept.record().id(), others.stream().map(s -> s.record().id()).toList(), user),
                        text.format("claims.merge.done", others.size(), kept.record().statement()), kept.record().id());
            }
        });
        confirmation.show();
    }

    /** Asks for the new record's statement (the first selected appearance's words to start with), then splits. */
    void split(List<ClaimAppearance> selected) {
        ClaimRecordSummary from = model.chosenProperty().get();
        if (from == null || selected.isEmpty()) {
            status.accept(text.get("claims.split.choose"));
            return;
        }
        statement = new TextInputDialog(selected.get(0).text());
        statement.initOwner(owner);
        statement.setTitle(text.get("claims.split.title"));
        statement.setHeaderText(text.format("claims.split.header", selected.size(), from.record().statement()));
        statement.setContentText(text.get("claims.split.statement"));
        statement.getDialogPane().setNodeOrientation(text.orientation());
        statement.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        statement.getEditor().setPrefColumnCount(40);
        Set<String> spans = new LinkedHashSet<>();
        selected.forEach(a -> spans.add(a.spanId()));
        statement.resultProperty().addListener((o, a, b) -> {
            if (b != null && !b.isBlank()) {
                ClaimRecord[] made = new ClaimRecord[1];
                run(() -> made[0] = records.split(from.record().id(), spans, b.strip(), null, user),
                        text.format("claims.split.done", spans.size(), b.strip()), null);
                if (made[0] != null) {
                    model.chooseId(made[0].id());
                }
            } else if (b != null) {
                status.accept(text.get("claims.split.empty"));
            }
        });
        statement.show();
    }

    void undo() {
        Optional<ClaimCommand> last = records.history().undoable();
        if (last.isEmpty()) {
            status.accept(text.get("claims.undo.nothing"));
            return;
        }
        run(() -> records.undo(user), text.format("claims.undone", text.get(last.get().key())), null);
        changed.accept(ids(last.get()));
    }

    void redo() {
        Optional<ClaimCommand> next = records.history().redoable();
        if (next.isEmpty()) {
            status.accept(text.get("claims.redo.nothing"));
            return;
        }
        run(() -> records.redo(user), text.format("claims.redone", text.get(next.get().key())), null);
        changed.accept(ids(next.get()));
    }

    private void run(Runnable edit, String done, String choose) {
        try {
            edit.run();
        } catch (RuntimeException e) {
            status.accept(text.describe(e));
            model.refresh();
            return;
        }
        model.refresh();
        if (choose != null) {
            model.chooseId(choose);
        }
        records.history().undoable().ifPresent(c -> changed.accept(ids(c)));
        status.accept(done);
    }

    private static Set<String> ids(ClaimCommand command) {
        Set<String> ids = new LinkedHashSet<>();
        command.changes().forEach(c -> ids.add(ClaimChange.claimOf(c)));
        return ids;
    }

    /** The last confirmation or statement dialog, for tests and snapshots. */
    Alert confirmation() {
        return confirmation;
    }

    TextInputDialog statementDialog() {
        return statement;
    }
}
