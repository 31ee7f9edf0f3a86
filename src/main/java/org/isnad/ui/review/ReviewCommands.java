package org.isnad.ui.review;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.SignOff;
import org.isnad.domain.Span;
import org.isnad.domain.Verdict;
import org.isnad.service.ReviewService;
import org.isnad.service.ReviewSession;
import org.isnad.service.StorageException;
import org.isnad.service.signing.ReviewerKey;
import org.isnad.ui.language.UiText;

/**
 * What a reviewer does to the set under review: verdicts (A accept, R reject with a comment, F fix
 * the bounds to the selection, Shift+F its attributes, take one back, undo, redo), approving, and sending the set back with
 * a comment. Every step goes through the {@link ReviewService}; a refusal is said in the status line
 * and the panels read the set again.
 */
final class ReviewCommands {
    private final ReviewService service;
    private final String reviewer;
    private final UiText text;
    private final StringProperty message;
    private final ReviewNavigator place;
    private final ObjectProperty<CommentFor> commentFor = new SimpleObjectProperty<>(CommentFor.NONE);
    private Runnable onStepTaken = () -> { };
    /** Asked before signing; without a window (programs, tests of this class) nothing is asked. */
    private java.util.function.Predicate<SigningSummary> confirmSigning = summary -> true;

    ReviewCommands(ReviewService service, String reviewer, UiText text, StringProperty message, ReviewNavigator place) {
        this.service = service;
        this.reviewer = reviewer;
        this.text = text;
        this.message = message;
        this.place = place;
    }

    /** Runs after the set changed state here (approved, sent back): the library and the badge follow. */
    void setOnStepTaken(Runnable action) {
        this.onStepTaken = action;
    }

    /** Asks the reviewer to confirm what will be signed; false cancels the approval. */
    void setSigningConfirmation(java.util.function.Predicate<SigningSummary> confirm) {
        this.confirmSigning = confirm;
    }

    ObjectProperty<CommentFor> commentForProperty() {
        return commentFor;
    }

    void accept() {
        place.current().ifPresentOrElse(span -> verdict(s -> s.accept(span.id(), null)),
                () -> message.set(text.get("review.none.current")));
    }

    /** R: asks for the comment that says what is wrong; {@link #giveComment} rejects. */
    void startReject() {
        if (place.session().isEmpty()) {
            return;
        }
        if (place.current().isEmpty()) {
            message.set(text.get("review.none.current"));
            return;
        }
        commentFor.set(CommentFor.REJECT);
        message.set(text.get("review.comment.reject.hint"));
    }

    /** Asks for the comment that tells the analyst what to change; {@link #giveComment} sends the set back. */
    void startRequestChanges() {
        if (place.session().isEmpty()) {
            message.set(text.get("review.not.active"));
            return;
        }
        commentFor.set(CommentFor.REQUEST_CHANGES);
        message.set(text.get("review.comment.changes.hint"));
    }

    void cancelComment() {
        if (commentFor.get() != CommentFor.NONE) {
            commentFor.set(CommentFor.NONE);
            message.set(text.get("review.comment.cancelled"));
        }
    }

    /** Drops a comment being asked for without a word (review mode starts or ends). */
    void forgetComment() {
        commentFor.set(CommentFor.NONE);
    }

    /** Enter in the comment field: rejects the current annotation, or requests changes. False when refused (the field stays). */
    boolean giveComment(String comment) {
        Optional<ReviewSession> session = place.session();
        if (session.isEmpty()) {
            return false;
        }
        return switch (commentFor.get()) {
            case REJECT -> reject(comment);
            case REQUEST_CHANGES -> requestChanges(session.get(), comment);
            case NONE -> false;
        };
    }

    private boolean reject(String comment) {
        Optional<Span> span = place.current();
        if (span.isEmpty()) {
            commentFor.set(CommentFor.NONE);
            return false;
        }
        if (verdict(s -> s.reject(span.get().id(), comment)).isPresent()) {
            commentFor.set(CommentFor.NONE);
            return true;
        }
        return false;
    }

    private boolean requestChanges(ReviewSession s, String comment) {
        Optional<AnnotationSetInfo> after = attempt(() -> service.requestChanges(s.info().id(), reviewer, comment));
        if (after.isEmpty()) {
            return false;
        }
        commentFor.set(CommentFor.NONE);
        s.set().updateInfo(after.get());
        message.set(text.format("review.changes.requested", s.info().annotator()));
        place.changed();
        onStepTaken.run();
        return true;
    }

    /** F: corrects the current annotation's bounds to the text selection and accepts it as fixed. */
    void fixToSelection(int selectionStart, int selectionEnd) {
        Optional<Span> span = place.current();
        if (span.isEmpty()) {
            message.set(text.get("review.none.current"));
            return;
        }
        if (selectionStart == selectionEnd) {
            message.set(text.get("review.fix.select.first"));
            return;
        }
        verdict(s -> s.fixBounds(span.get().id(), selectionStart, selectionEnd, null));
    }

    /** Shift+F: corrects the current annotation's attributes and accepts it as fixed. */
    void fixAttributes(String spanId, org.isnad.domain.SpanAttributes attributes) {
        verdict(s -> s.fixAttributes(spanId, attributes, null));
    }

    /** Takes the current annotation's verdict back. */
    void clearVerdict() {
        place.current().ifPresent(span -> attempt(() -> {
            place.session().orElseThrow().clearVerdict(span.id());
            return span;
        }).ifPresent(x -> place.afterVerdict(false)));
    }

    /** Takes back the last verdict; false when not reviewing (the editor undoes instead). */
    boolean undo() {
        return history(true);
    }

    boolean redo() {
        return history(false);
    }

    private boolean history(boolean back) {
        Optional<ReviewSession> session = place.session();
        if (session.isEmpty()) {
            return false;
        }
        ReviewSession s = session.get();
        if (back ? s.history().canUndo() : s.history().canRedo()) {
            attempt(() -> {
                if (back) {
                    s.undo();
                } else {
                    s.redo();
                }
                return s;
            }).ifPresent(x -> place.afterVerdict(false));
        }
        return true;
    }

    /** Approves and signs the set; refused (with the service's message) while annotations lack a verdict. */
    Optional<SignOff> approve() {
        Optional<ReviewSession> session = place.session();
        if (session.isEmpty()) {
            message.set(text.get("review.not.active"));
            return Optional.empty();
        }
        ReviewSession s = session.get();
        // only a set that can be approved is shown for signing; else the service says what is missing
        if (s.progress().complete()) {
            Optional<SigningSummary> summary = attempt(() -> summary(s));
            if (summary.isEmpty()) {
                return Optional.empty();
            }
            if (!confirmSigning.test(summary.get())) {
                message.set(text.get("sign.confirm.cancelled"));
                return Optional.empty();
            }
        }
        Optional<SignOff> signed = attempt(() -> service.approve(s.info().id(), reviewer, false));
        signed.ifPresent(signOff -> {
            s.set().updateInfo(service.set(s.info().id()));
            message.set(text.format("review.approved", s.info().annotator(), VerdictWords.when(text, signOff.signedAt())));
            place.changed();
            onStepTaken.run();
        });
        return signed;
    }

    /** What approving will sign now; makes the reviewer's key pair if this is their first sign-off. */
    SigningSummary summary(ReviewSession s) {
        String fingerprint = ReviewerKey.fingerprint(service.keys().exportPublicKey(reviewer).publicKey());
        return new SigningSummary(s.document().title(), s.document().id(), s.info().annotator(), s.info().id(),
                s.progress(), s.set().links().size(), reviewer, fingerprint);
    }

    private Optional<Verdict> verdict(java.util.function.Function<ReviewSession, Verdict> give) {
        Optional<Verdict> given = attempt(() -> give.apply(place.session().orElseThrow()));
        given.ifPresent(v -> place.afterVerdict(true));
        return given;
    }

    private <T> Optional<T> attempt(Supplier<T> work) {
        try {
            return Optional.ofNullable(work.get());
        } catch (IllegalArgumentException | IllegalStateException | StorageException e) {
            message.set(text.describe(e));
            // a refused write may have found the set changed (e.g. approved elsewhere): show what is stored
            place.changed();
            return Optional.empty();
        }
    }
}
