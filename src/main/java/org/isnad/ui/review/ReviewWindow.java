package org.isnad.ui.review;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.service.AnnotationSession;
import org.isnad.service.ReviewService;
import org.isnad.service.StorageException;
import org.isnad.ui.editing.EditorViewModel;
import org.isnad.ui.language.UiText;
import org.isnad.ui.editor.DocumentView;
import org.isnad.ui.style.StyleClasses;

/**
 * Puts review into the main window: the Review menu, the strip above the document (badge, banner,
 * verdict), the set's state in the status line, the review panel in the inspector's place and the
 * review keys, in the {@link ReviewPlaces} the window gives; and the steps the menu starts. The state
 * lives in {@link ReviewMode} and {@link SetStatus}, the dialogs in {@link ReviewQuestions} and
 * {@link ReviewerKeyDialogs}; this class connects them to the editor.
 */
public final class ReviewWindow {
    private final Stage stage;
    private final UiText text;
    private final ReviewService service;
    private final EditorViewModel editor;
    private final DocumentView view;
    private final Runnable afterStep;
    private final ReviewMode mode;
    private final SetStatus status;
    private final OwnVerdicts ownVerdicts;
    private final ReviewQuestions questions;
    private final ReviewerKeyDialogs keys;
    private ReviewBar bar;
    private ReviewPane pane;

    /** {@code afterStep} runs after a set changed state (the library shows states). */
    public ReviewWindow(Stage stage, UiText text, String user, ReviewService service, EditorViewModel editor,
                        DocumentView view, Runnable afterStep) {
        this.stage = stage;
        this.text = text;
        this.service = service;
        this.editor = editor;
        this.view = view;
        this.afterStep = afterStep;
        this.mode = new ReviewMode(service, user, text, editor.messageProperty());
        this.status = new SetStatus(service, user, text, editor.messageProperty());
        this.questions = new ReviewQuestions(stage, text);
        this.keys = new ReviewerKeyDialogs(stage, text, new ReviewerKeyFiles(service.keys(), user),
                editor.messageProperty()::set, status::refresh);
        mode.attach(view);
        mode.setOnStepTaken(() -> {
            status.refresh();
            afterStep.run();
        });
        mode.revisionProperty().addListener((o, a, b) -> status.refresh());
        mode.setSigningConfirmation(summary -> SigningConfirmation.ask(text, stage, summary));
        ReviewSelectionSync.install(mode, editor);
        ownVerdicts = new OwnVerdicts(editor, view, text, mode);
        editor.sessionProperty().addListener((o, a, session) -> documentOpened(session));
    }

    /** Adds the review parts to the window's places; the controls and menus off while reviewing are bound to review mode. */
    public void install(ReviewPlaces places) {
        Scene scene = places.scene();
        MenuBar menuBar = places.menuBar();
        menuBar.getMenus().add(Math.max(0, menuBar.getMenus().size() - 1), ReviewMenu.build(text, this, keys));
        bar = new ReviewBar(status, ownVerdicts.selectedVerdictProperty());
        places.aboveDocument().getChildren().add(bar);
        // the strip appearing or going changes the document's height, and the list loses its place
        bar.visibleProperty().addListener((o, a, b) -> scrollToCurrentAfterLayout(scene));
        Label state = new Label();
        state.getStyleClass().add(StyleClasses.STATUS_REVIEW_STATE);
        state.setMinWidth(Label.USE_PREF_SIZE);
        state.textProperty().bind(status.stateTextProperty());
        List<Node> statusItems = places.statusLine().getChildren();
        statusItems.add(Math.min(2, statusItems.size()), state);

        pane = new ReviewPane(mode, view::requestFocus, this::approve, this::requestChanges, this::fix, this::leave);
        pane.addFixAttributes(this::fixAttributes);
        for (Node existing : places.inspectorHolder().getChildren()) {
            existing.visibleProperty().bind(mode.activeProperty().not());
        }
        pane.visibleProperty().bind(mode.activeProperty());
        places.inspectorHolder().getChildren().add(pane);
        places.offWhileReviewing().forEach(n -> n.disableProperty().bind(mode.activeProperty()));
        places.menusOffWhileReviewing().forEach(m -> m.disableProperty().bind(mode.activeProperty()));

        scene.getStylesheets().add(ReviewWindow.class.getResource("/styles/review.css").toExternalForm());
        ReviewKeys reviewKeys = new ReviewKeys(mode, view::getSelection);
        reviewKeys.setOnFixAttributes(this::fixAttributes);
        reviewKeys.install(scene);
        documentOpened(editor.session().orElse(null));
    }

    // ---- what tests and the main window ask ----

    public boolean active() {
        return mode.active();
    }

    /** True while review mode is on: what the window turns off meanwhile can bind to it. */
    public ReadOnlyBooleanProperty activeProperty() {
        return mode.activeProperty();
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

    /** Export and import of reviewers' public keys. */
    public ReviewerKeyDialogs keys() {
        return keys;
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
        questions.reasonToReopen().ifPresent(reason -> {
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
        Optional<AnnotationSetInfo> chosen = sets.size() == 1 ? Optional.of(sets.get(0)) : questions.chooseSet(sets);
        chosen.ifPresent(set -> {
            if (mode.start(set.id())) {
                status.show(documentId.get(), set.id());
                view.requestFocus();
            }
        });
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

    /** Shift+F: the current quote's or claim's attributes in a form; OK records them as a fix. */
    public void fixAttributes() {
        Optional<org.isnad.domain.Span> current = mode.current();
        Optional<org.isnad.service.ReviewSession> session = mode.session();
        if (current.isEmpty() || session.isEmpty()) {
            editor.messageProperty().set(text.get("review.none.current"));
            return;
        }
        org.isnad.domain.Span span = current.get();
        String excerpt = span.textIn(session.get().document().text());
        AttributeFixDialog.of(text, stage, excerpt, span.attributes(), editor.actors()).ifPresentOrElse(
                dialog -> dialog.showAndWait().ifPresent(attributes -> mode.fixAttributes(span.id(), attributes)),
                () -> editor.messageProperty().set(text.get("review.fix.attributes.nothing")));
        view.requestFocus();
    }

    public void leave() {
        if (mode.active()) {
            mode.leave();
            reopenDocument();
        }
    }

    // ---- sign-offs and history ----

    /** F5: reads the states again and checks the signature against the annotations stored now. */
    public void checkAgain() {
        status.refresh();
        editor.messageProperty().set(status.badgeProperty().get() == null ? text.get("review.no.signoff")
                : text.format("review.checked", status.badgeProperty().get().text()));
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
            editor.messageProperty().set(text.describe(e));
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
        Platform.requestNextPulse();
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
        ownVerdicts.show();
    }
}
