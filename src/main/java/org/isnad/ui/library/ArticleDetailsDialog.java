package org.isnad.ui.library;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.isnad.domain.DomainException;
import org.isnad.message.Message;
import org.isnad.service.Catalog;
import org.isnad.service.DocumentMetadata;
import org.isnad.ui.language.UiText;

/** Editing an article's title, outlet, URL, publication date, language and tags in one dialog. */
public final class ArticleDetailsDialog {
    private final UiText text;
    private final Catalog catalog;
    private final String user;

    public ArticleDetailsDialog(UiText text, Catalog catalog, String user) {
        this.text = text;
        this.catalog = catalog;
        this.user = user;
    }

    /** Shows the dialog for a document; true when new details were stored. */
    public boolean edit(Window owner, String documentId) {
        DocumentMetadata current = catalog.metadata(documentId);
        TextField title = field(current.title());
        TextField outlet = field(current.outlet());
        TextField url = field(current.sourceUrl());
        TextField date = field(current.publishedDate() == null ? "" : current.publishedDate().toString());
        date.setPromptText("YYYY-MM-DD");
        TextField language = field(current.language());
        TextField tags = field(String.join("، ", current.tags()));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        String[] labels = {"details.title", "details.outlet", "details.url", "details.date", "details.language", "details.tags"};
        TextField[] fields = {title, outlet, url, date, language, tags};
        for (int i = 0; i < fields.length; i++) {
            grid.addRow(i, new Label(text.get(labels[i])), fields[i]);
            fields[i].setPrefColumnCount(40);
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.get("details.dialog"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setNodeOrientation(text.orientation());
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK) {
            return false;
        }
        DocumentMetadata edited = new DocumentMetadata(title.getText(), outlet.getText(), url.getText(), date(date.getText()),
                language.getText(), Arrays.stream(tags.getText().split("[,،]")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        catalog.edit(documentId, edited, user);
        return true;
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(Message.of("service.metadata.bad.date", value.strip()));
        }
    }

    private static TextField field(String value) {
        return new TextField(value == null ? "" : value);
    }
}
