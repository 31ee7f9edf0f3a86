package org.isnad.ui.library;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.isnad.service.Backup;
import org.isnad.service.Catalog;
import org.isnad.service.DeletionPlan;
import org.isnad.ui.language.UiText;

/** Deleting articles from the window: a confirmation naming how many articles and annotation sets go, then a backup and the deletion. */
public final class ArticleDeletion {
    private final UiText text;
    private final Catalog catalog;
    private final String user;

    public ArticleDeletion(UiText text, Catalog catalog, String user) {
        this.text = text;
        this.catalog = catalog;
        this.user = user;
    }

    /** Asks, then deletes; the backup taken first, or empty when the person said no. */
    public Optional<Backup> delete(Window owner, List<String> documentIds) {
        DeletionPlan plan = catalog.planDeletion(documentIds);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, confirmation(plan), ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(owner);
        confirm.setTitle(text.get("delete.articles.title"));
        confirm.setHeaderText(text.get("delete.articles.header"));
        confirm.getDialogPane().setNodeOrientation(text.orientation());
        if (confirm.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(catalog.delete(plan, user));
    }

    String confirmation(DeletionPlan plan) {
        String titles = String.join("\n", plan.titles().subList(0, Math.min(5, plan.titles().size())));
        return text.format("delete.articles.confirm", text.number(plan.documentIds().size()),
                text.number(plan.annotationSets()), titles);
    }
}
