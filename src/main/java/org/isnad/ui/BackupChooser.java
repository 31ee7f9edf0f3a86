package org.isnad.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import org.isnad.service.Backup;
import org.isnad.service.Backups;
import org.isnad.service.StorageException;
import org.isnad.ui.language.UiText;

/** File → Restore a backup…: a list of the backups with their time, a confirmation, then the restore. */
final class BackupChooser {
    private final UiText text;
    private final Window owner;
    private final Backups backups;

    BackupChooser(UiText text, Window owner, Backups backups) {
        this.text = text;
        this.owner = owner;
        this.backups = backups;
    }

    /** One line per backup: its local time and size, newest first. */
    record Row(Backup backup, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    static List<Row> rows(List<Backup> backups, UiText text, ZoneId zone) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(text.locale()).withZone(zone);
        return backups.stream().map(b -> new Row(b, text.format("restore.row", text.digits(time.format(b.takenAt()))
                + (b.name().endsWith("-before-restore.zip") ? " ⟲" : ""), Math.max(1, b.bytes() / 1024)))).toList();
    }

    void chooseAndRestore() {
        List<Row> rows;
        try {
            rows = rows(backups.list(), text, ZoneId.systemDefault());
        } catch (StorageException e) {
            show(Alert.AlertType.ERROR, text.get("restore.failed"), text.describe(e));
            return;
        }
        if (rows.isEmpty()) {
            show(Alert.AlertType.INFORMATION, text.get("restore.title"), text.get("restore.none"));
            return;
        }
        ChoiceDialog<Row> dialog = new ChoiceDialog<>(rows.get(0), rows);
        dialog.initOwner(owner);
        dialog.setTitle(text.get("restore.title"));
        dialog.setHeaderText(text.get("restore.header"));
        dialog.getDialogPane().setNodeOrientation(text.orientation());
        Optional<Row> chosen = dialog.showAndWait();
        if (chosen.isEmpty()) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, text.format("restore.confirm", chosen.get().label()),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(owner);
        confirm.setTitle(text.get("restore.title"));
        confirm.setHeaderText(null);
        if (confirm.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return;
        }
        try {
            show(Alert.AlertType.INFORMATION, text.get("restore.done"), text.render(backups.restore(chosen.get().backup())));
        } catch (StorageException e) {
            show(Alert.AlertType.ERROR, text.get("restore.failed"), text.describe(e));
        }
    }

    private void show(Alert.AlertType type, String header, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(owner);
        alert.setTitle(text.get("restore.title"));
        alert.setHeaderText(header);
        alert.show();
    }
}
