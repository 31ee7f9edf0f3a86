package org.isnad.ui.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Pane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;
import org.isnad.service.ReviewService;
import org.isnad.service.ReviewerKey;
import org.isnad.service.StorageException;
import org.isnad.ui.editing.EditorViewModel;
import org.isnad.ui.language.UiText;
import org.isnad.ui.editor.DocumentView;
import org.isnad.ui.editor.HighlightOwner;

/**
 * Puts review into the main window: the Review menu, the strip above the document (badge, banner,
 * verdict), the set's state in the status line, the review panel in the inspector's place, the
 * review keys, and the dialogs (which set to review, comments and reasons, key files, history).
 * The state lives in {@link ReviewMode} and {@link SetStatus}; this class only connects them.
 */
public final class ReviewWindow {
    private final Stage stage;
    private final UiText text;
    private final String user;
    private final ReviewService service;
    private final EditorViewModel editor;
    private final DocumentView view;
    private final Runnable afterStep;
    private final ReviewMode mode;
    private final SetStatus status;
    private final ReviewerKeyFiles keyFiles;
    private final StringProperty selectedVerdict = new SimpleStringProperty("");
    private ReviewBar bar;
    private ReviewPane pane;

    /** {@code afterStep} runs after a set changed state (the library shows states). */
    public ReviewWindow(Stage stage, UiText text, String user, ReviewService service, EditorViewModel editor,
                        DocumentView view, Runnable afterStep) {
        this.stage = stage;
        this.text = text;
        this.user = user;
        this.service = service;
        this.editor = editor;
        this.view = view;
        this.afterStep = afterStep;
        this.mode = new ReviewMode(service, user, text, editor.messageProperty());
        this.status = new SetStatus(service, user, text, editor.messageProperty());
        this.keyFiles = new ReviewerKeyFiles(service.keys(), user);
        mode.attach(view);
        mode.setOnStepTaken(() -> {
            status.refresh();
            afterStep.run();
        });
        mode.revisionProperty().addListener((o, a, b) -> status.refresh());
        mode.currentSpanIdProperty().addListener((o, a, id) -> {
            if (mode.active() && id != null) {
                editor.selectedSpanIdProperty().set(id);
            }
        });
        editor.selectedSpanIdProperty().addListener((o, a, id) -> selectionChanged(id));
        editor.sessionProperty().addListener((o, a, session) -> documentOpened(session));
        editor.revisionProperty().addListener((o, a, b) -> {
            drawVerdictMarks();
            showSelectedVerdict();
        });
    }

    /**
     * Adds the review parts to the window: the menu before the last one (Help), the strip at the end
     * of {@code top}, the state label in {@code statusLine}, the panel over the inspector in
     * {@code inspectorHolder}; {@code disabledWhileReviewing} (toolbar, annotation menu) are off in review mode.
     */
    public void install(Scene scene, MenuBar menuBar, Pane top, Pane statusLine, Pane inspectorHolder,
                        List<Node> disabledWhileReviewing, List<MenuItem> menusDisabledWhileReviewing) {
        menuBar.getMenus().add(Math.max(0, menuBar.getMenus().size() - 1), ReviewMenu.build(text, this));
        bar = new ReviewBar(status, selectedVerdict);
        top.getChildren().add(bar);
        // the strip appearing or going changes the document's height, and the list loses its place
        bar.visibleProperty().addListener((o, a, b) -> scrollToCurrentAfterLayout(scene));
        Label state = new Label();
        state.getStyleClass().add("status-review-state");
        state.setMinWidth(Label.USE_PREF_SIZE);
        state.textProperty().bind(status.stateTextProperty());
        statusLine.getChildren().add(Math.min(2, statusLine.getChildren().size()), state);

        pane = new ReviewPane(mode, view::requestFocus, this::approve, this::requestChanges, this::fix, this::leave);
        for (Node existing : inspectorHolder.getChildren()) {
            existing.visibleProperty().bind(mode.activeProperty().not());
        }
        pane.visibleProperty().bind(mode.activeProperty());
        inspectorHolder.getChildren().add(pane);
        disabledWhileReviewing.forEach(n -> n.disableProperty().bind(mode.activeProperty()));
        menusDisabledWhileReviewing.forEach(m -> m.disableProperty().bind(mode.activeProperty()));

        scene.getStylesheets().add(ReviewWindow.class.getResource("/styles/review.css").toExternalForm());
        new ReviewKeys(mode, view::getSelection).install(scene);
        documentOpened(editor.session().orElse(null));
    }

    // ---- what tests and the main window ask ----

    public boolean active() {
        return mode.active();
    }

    public ReviewMode mode() {
        return mode;
    }

    public SetStatus status() {
        return status;
    }

    public ReviewBar bar() {
        return bar;
    }

    public ReviewPane pane() {
        return pane;
    }

    /** Ctrl+Z in review mode takes back the last verdict; false when not reviewing (the editor undoes). */
    public boolean undo() {
        return mode.active() && mode.undo();
    }

    public boolean redo() {
        return mode.active() && mode.redo();
    }

    // ---- the analyst's steps ----

    void submit() {
        if (status.submit()) {
            reopenDocument();
        }
    }

    void resume() {
        if (status.resume()) {
            reopenDocument();
        }
    }

    void reopen() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(stage);
        dialog.setTitle(text.get("review.reopen.title"));
        dialog.setHeaderText(text.get("review.reopen.header"));
        dialog.setContentText(text.get("review.reopen.label"));
        dialog.getDialogPane().setNodeOrientation(text.orientation());
        dialog.showAndWait().ifPresent(reason -> {
            if (status.reopen(reason)) {
                if (mode.active()) {
                    mode.session().ifPresent(s -> mode.start(s.info().id()));
                } else {
                    reopenDocument();
                }
            }
        });
    }

    // ---- review mode ----

    public void reviewThisDocument() {
        Optional<String> documentId = documentId();
        if (documentId.isEmpty()) {
            editor.messageProperty().set(text.get("review.no.document"));
            return;
        }
        List<AnnotationSetInfo> sets = mode.reviewableSets(documentId.get());
        if (sets.isEmpty()) {
            editor.messageProperty().set(text.get("review.no.other.sets"));
            return;
        }
        Optional<AnnotationSetInfo> chosen = sets.size() == 1 ? Optional.of(sets.get(0)) : chooseSet(sets);
        chosen.ifPresent(set -> {
            if (mode.start(set.id())) {
                status.show(documentId.get(), set.id());
                view.requestFocus();
            }
        });
    }

    private Optional<AnnotationSetInfo> chooseSet(List<AnnotationSetInfo> sets) {
        List<String> labels = sets.stream().map(s -> text.format("review.choose.set.item", s.annotator(),
                text.get("state." + s.state().key()))).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(labels.get(0), labels);
        dialog.initOwner(stage);
        dialog.setTitle(text.get("review.choose.set.title"));
        dialog.setHeaderText(text.get("review.choose.set.header"));
        dialog.setContentText(text.get("review.choose.set.label"));
        dialog.getDialogPane().setNodeOrientation(text.orientation());
        return dialog.showAndWait().map(labels::indexOf).filter(i -> i >= 0).map(sets::get);
    }

    void approve() {
        mode.approve();
        view.requestFocus();
    }

    void requestChanges() {
        mode.startRequestChanges();
    }

    void fix() {
        mode.fixToSelection(view.getSelection().start(), view.getSelection().end());
    }

    public void leave() {
        if (mode.active()) {
            mode.leave();
            reopenDocument();
        }
    }

    // ---- sign-offs, keys and history ----

    /** F5: reads the states again and checks the signature against the annotations stored now. */
    public void checkAgain() {
        status.refresh();
        editor.messageProperty().set(status.badgeProperty().get() == null ? text.get("review.no.signoff")
                : text.format("review.checked", status.badgeProperty().get().text()));
    }

    void exportKey() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("keys.export.title"));
        chooser.setInitialFileName(keyFiles.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("keys.file.type"), "*." + ReviewerKeyFiles.EXTENSION));
        java.io.File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        try {
            ReviewerKey key = keyFiles.export(file.toPath());
            editor.messageProperty().set(text.format("keys.exported", file.getName(), key.fingerprint().substring(0, 16)));
        } catch (IOException | IllegalArgumentException | StorageException e) {
            editor.messageProperty().set(text.format("keys.export.failed", file.getName(), e.getMessage()));
        }
    }

    void importKey() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("keys.import.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.get("keys.file.type"), "*." + ReviewerKeyFiles.EXTENSION),
                new FileChooser.ExtensionFilter(text.get("keys.file.any"), "*"));
        java.io.File file = chooser.showOpenDialog(stage);
        if (file != null) {
            importKey(file.toPath(), true);
        }
    }

    /** Reads a key file and, once the user confirmed its fingerprint (when {@code ask}), trusts it. */
    public void importKey(Path file, boolean ask) {
        ReviewerKey key;
        try {
            key = keyFiles.read(file);
        } catch (IOException | IllegalArgumentException | StorageException e) {
            editor.messageProperty().set(text.format("keys.import.failed", file.getFileName(), e.getMessage()));
            return;
        }
        String fingerprint = key.fingerprint().substring(0, 16);
        if (keyFiles.isTrusted(key)) {
            editor.messageProperty().set(text.format("keys.already.trusted", key.reviewer(), fingerprint));
            return;
        }
        if (ask) {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, text.format("keys.trust.question", key.reviewer(),
                    fingerprint), ButtonType.OK, ButtonType.CANCEL);
            confirm.initOwner(stage);
            confirm.setTitle(text.get("keys.import.title"));
            confirm.setHeaderText(text.format("keys.trust.header", key.reviewer()));
            confirm.getDialogPane().setNodeOrientation(text.orientation());
            if (confirm.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
                return;
            }
        }
        try {
            keyFiles.trust(key);
        } catch (IllegalArgumentException | StorageException e) {
            editor.messageProperty().set(e.getMessage());
            return;
        }
        editor.messageProperty().set(text.format("keys.trusted", key.reviewer(), fingerprint));
        status.refresh();
    }

    void history() {
        Optional<AnnotationSession> session = editor.session();
        if (session.isEmpty()) {
            editor.messageProperty().set(text.get("review.no.document"));
            return;
        }
        try {
            List<AuditRow> rows = AuditRow.of(text, service.auditTrail(session.get().document().id()));
            AuditTrailDialog.dialog(text, stage, session.get().document().title(), rows).show();
        } catch (StorageException e) {
            editor.messageProperty().set(e.getMessage());
        }
    }

    private void scrollToCurrentAfterLayout(Scene scene) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                if (mode.active()) {
                    mode.current().ifPresent(s -> view.scrollToOffset(s.start()));
                } else {
                    editor.selectedSpan().ifPresent(s -> view.scrollToOffset(s.start()));
                }
            }
        };
        scene.addPostLayoutPulseListener(once);
        javafx.application.Platform.requestNextPulse();
    }

    // ---- following the editor ----

    private Optional<String> documentId() {
        return editor.session().map(s -> s.document().id());
    }

    private void reopenDocument() {
        documentId().ifPresent(editor::open);
        afterStep.run();
    }

    private void documentOpened(AnnotationSession session) {
        if (mode.active()) {
            mode.leave(); // another document (or the same one, reloaded): review mode ends
        }
        status.show(session == null ? null : session.document().id(), null);
        drawVerdictMarks();
        showSelectedVerdict();
    }

    private void selectionChanged(String id) {
        String spanId = id;
        if (mode.active()) {
            if (spanId == null) {
                mode.current().ifPresent(s -> editor.selectedSpanIdProperty().set(s.id()));
            } else if (!spanId.equals(mode.currentSpanIdProperty().get())) {
                mode.select(spanId);
            } else {
                mode.drawLinks(); // after the editor drew its own (none)
            }
            return;
        }
        showSelectedVerdict();
    }

    /** In annotation mode, the verdicts on the user's own annotations are outlined on the document. */
    private void drawVerdictMarks() {
        if (mode.active()) {
            return;
        }
        view.setHighlights(HighlightOwner.VERDICTS,
                editor.session().map(s -> VerdictMarks.of(s.set(), span -> true)).orElse(List.of()));
    }

    private void showSelectedVerdict() {
        if (mode.active()) {
            selectedVerdict.set("");
            return;
        }
        Optional<Span> span = editor.selectedSpan();
        String note = span.flatMap(s -> editor.session().flatMap(x -> x.set().verdict(s.id())))
                .map(v -> text.format("review.selected.verdict", VerdictWords.of(text, Optional.of(v))))
                .orElse("");
        selectedVerdict.set(note);
    }
}
