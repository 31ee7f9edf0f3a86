package org.isnad.ui.review;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Layer;
import org.isnad.domain.ReviewProgress;
import org.isnad.domain.SignOff;
import org.isnad.domain.Span;
import org.isnad.service.ReviewService;
import org.isnad.service.ReviewSession;
import org.isnad.ui.language.UiText;
import org.isnad.ui.editor.DocumentCanvas;

/**
 * Review mode, without controls: a reviewer steps through another annotator's set in reading order
 * (N / P / U, filtered by verdict and layer), gives verdicts (A accept, R reject with a comment, F fix
 * to the selection), and approves or requests changes. This is what the review keys, the panel's
 * buttons and the menu call; where the reviewer stands is the {@link ReviewNavigator}'s, what they
 * do the {@link ReviewCommands}', what the panel says the {@link ReviewReadout}'s.
 */
public final class ReviewMode {
    private final String reviewer;
    private final UiText text;
    private final ReviewNavigator place;
    private final ReviewCommands commands;
    private final ReviewReadout readout;

    /** {@code message} is where results and refusals are said (the status line's message). */
    public ReviewMode(ReviewService service, String reviewer, UiText text, StringProperty message) {
        this.reviewer = reviewer;
        this.text = text;
        this.place = new ReviewNavigator(service, reviewer, text, message);
        this.commands = new ReviewCommands(service, reviewer, text, message, place);
        this.readout = new ReviewReadout(place, text);
    }

    public void attach(DocumentCanvas documentCanvas) {
        place.attach(documentCanvas);
    }

    /** Runs after the set changed state here (approved, sent back): the library and the badge follow. */
    public void setOnStepTaken(Runnable action) {
        commands.setOnStepTaken(action);
    }

    /** Asked before an approval is signed (the window shows {@link SigningConfirmation}); false signs nothing. */
    public void setSigningConfirmation(java.util.function.Predicate<SigningSummary> confirm) {
        commands.setSigningConfirmation(confirm);
    }

    // ---- state ----

    public ReadOnlyBooleanProperty activeProperty() {
        return place.activeProperty();
    }

    public boolean active() {
        return place.activeProperty().get();
    }

    public Optional<ReviewSession> session() {
        return place.session();
    }

    public ReadOnlyStringProperty currentSpanIdProperty() {
        return place.currentSpanIdProperty();
    }

    public Optional<Span> current() {
        return place.current();
    }

    public ObjectProperty<VerdictFilter> verdictFilterProperty() {
        return place.verdictFilterProperty();
    }

    /** null: every layer. */
    public ObjectProperty<Layer> layerFilterProperty() {
        return place.layerFilterProperty();
    }

    public ObjectProperty<CommentFor> commentForProperty() {
        return commands.commentForProperty();
    }

    /** Increases after every verdict, step or filter change, so that panels redraw. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return place.revisionProperty();
    }

    public String reviewer() {
        return reviewer;
    }

    public UiText text() {
        return text;
    }

    /** The annotations that the filters let through, in reading order. */
    public List<Span> shown() {
        return place.shown();
    }

    public ReviewProgress progress() {
        return place.progress();
    }

    /** The words the review panel shows. */
    public ReviewReadout readout() {
        return readout;
    }

    // ---- entering and leaving ----

    /** The sets of this document that the reviewer may review: everyone's but their own. */
    public List<AnnotationSetInfo> reviewableSets(String documentId) {
        return place.reviewableSets(documentId);
    }

    /** Opens review of a set: draws its annotations and goes to the first one without a verdict. */
    public boolean start(String setId) {
        boolean started = place.start(setId);
        if (started) {
            commands.forgetComment();
        }
        return started;
    }

    /** Leaves review mode; the caller shows the reviewer's own annotations again. */
    public void leave() {
        commands.forgetComment();
        place.leave();
    }

    // ---- stepping: N, P, U, a click ----

    public void next() {
        place.next();
    }

    public void previous() {
        place.previous();
    }

    public void nextUnreviewed() {
        place.nextUnreviewed();
    }

    public void select(String spanId) {
        place.select(spanId);
    }

    /** Lines to what the current annotation is linked to, in the set under review. */
    public void drawLinks() {
        place.paintLinks();
    }

    // ---- verdicts and the set's steps: A, R, F, Ctrl+Z / Ctrl+Y, Ctrl+Shift+A, Ctrl+Shift+R ----

    public void accept() {
        commands.accept();
    }

    public void startReject() {
        commands.startReject();
    }

    public void startRequestChanges() {
        commands.startRequestChanges();
    }

    public void cancelComment() {
        commands.cancelComment();
    }

    /** Enter in the comment field: rejects the current annotation, or requests changes. False when refused (the field stays). */
    public boolean giveComment(String comment) {
        return commands.giveComment(comment);
    }

    public void fixToSelection(int selectionStart, int selectionEnd) {
        commands.fixToSelection(selectionStart, selectionEnd);
    }

    /** Records corrected attributes of an annotation as the reviewer's fix (refusals go to the status line). */
    public void fixAttributes(String spanId, org.isnad.domain.SpanAttributes attributes) {
        commands.fixAttributes(spanId, attributes);
    }

    public void clearVerdict() {
        commands.clearVerdict();
    }

    public boolean undo() {
        return commands.undo();
    }

    public boolean redo() {
        return commands.redo();
    }

    /** Approves and signs the set; refused (with the service's message) while annotations lack a verdict. */
    public Optional<SignOff> approve() {
        return commands.approve();
    }
}
