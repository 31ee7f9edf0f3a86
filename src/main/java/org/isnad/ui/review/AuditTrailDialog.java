package org.isnad.ui.review;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/** Review → History: the document's audit trail (who, when, what, before and after) in a table, oldest first. */
public final class AuditTrailDialog {
    private AuditTrailDialog() {
    }

    public static Dialog<ButtonType> dialog(UiText text, Window owner, String documentTitle, List<AuditRow> rows) {
        TableView<AuditRow> table = new TableView<>();
        table.getStyleClass().add(StyleClasses.AUDIT_TABLE);
        table.getColumns().add(column(text.get("audit.when"), AuditRow::when, 130));
        table.getColumns().add(column(text.get("audit.who"), AuditRow::who, 90));
        table.getColumns().add(column(text.get("audit.what"), AuditRow::what, 300));
        table.getColumns().add(column(text.get("audit.before"), AuditRow::before, 230));
        table.getColumns().add(column(text.get("audit.after"), AuditRow::after, 230));
        table.getItems().setAll(rows);
        table.setPrefSize(1000, 460);
        if (!rows.isEmpty()) {
            table.scrollTo(rows.size() - 1);
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(text.get("audit.title"));
        dialog.setHeaderText(text.format("audit.header", documentTitle, rows.size()));
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setNodeOrientation(text.orientation());
        return dialog;
    }

    private static TableColumn<AuditRow, String> column(String title, Function<AuditRow, String> value, double width) {
        TableColumn<AuditRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return c;
    }
}
