package org.isnad.ui;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.isnad.service.Progress;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/**
 * Runs a long import or export off the window's thread, with a progress bar and a Cancel button;
 * the result or the failure comes back on the window's thread.
 */
final class BackgroundWork<T> {
    private final UiText text;
    private final Window owner;
    private final String title;

    BackgroundWork(UiText text, Window owner, String title) {
        this.text = text;
        this.owner = owner;
        this.title = title;
    }

    void run(Function<Progress, T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.apply(Progress.of((finished, total, step) -> {
                    updateProgress(finished, Math.max(total, 1));
                    updateMessage(text.render(step));
                }, this::isCancelled));
            }
        };
        Stage dialog = progressDialog(task);
        task.setOnSucceeded(e -> {
            dialog.close();
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            dialog.close();
            failed.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            dialog.close();
            failed.accept(new org.isnad.service.CancelledException());
        });
        Thread thread = new Thread(task, "isnad-" + title);
        thread.setDaemon(true);
        dialog.show();
        thread.start();
    }

    private Stage progressDialog(Task<T> task) {
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        Label step = new Label();
        step.textProperty().bind(task.messageProperty());
        Button cancel = new Button(text.get("transfer.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> task.cancel(false));
        VBox box = new VBox(10, step, bar, cancel);
        box.setPadding(new Insets(16));
        box.getStyleClass().add(StyleClasses.TRANSFER_PROGRESS);
        box.setNodeOrientation(text.orientation());
        stage.setScene(new javafx.scene.Scene(box));
        stage.setOnCloseRequest(e -> task.cancel(false));
        return stage;
    }
}
