package org.isnad.ui.review;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.ReviewStep;
import org.isnad.domain.SetState;
import org.isnad.domain.SignOff;
import org.isnad.domain.StateChange;
import org.isnad.service.ReviewService;
import org.isnad.service.SignOffCheck;
import org.isnad.service.StorageException;
import org.isnad.ui.language.UiText;

/**
 * Where the open document stands in review, for the status line, the banner above the document and
 * the sign-off badge; and the analyst's steps (submit, resume) and reopening. Everything is read
 * from the {@link ReviewService} on {@link #refresh}; nothing is cached between documents.
 */
public final class SetStatus {
    private final ReviewService service;
    private final String user;
    private final UiText text;
    private final StringProperty message;

    private final StringProperty stateText = new SimpleStringProperty("");
    private final StringProperty bannerText = new SimpleStringProperty("");
    private final ObjectProperty<SignOffBadge> badge = new SimpleObjectProperty<>();
    private String documentId;
    private String reviewedSetId;
    private AnnotationSetInfo badgeSet;

    public SetStatus(ReviewService service, String user, UiText text, StringProperty message) {
        this.service = service;
        this.user = user;
        this.text = text;
        this.message = message;
    }

    /** "Your annotations: submitted" (or, in review mode, the reviewed set's state). */
    public StringProperty stateTextProperty() {
        return stateText;
    }

    /** Empty when there is nothing to say; else why the user's set is read-only or what was asked of them. */
    public StringProperty bannerTextProperty() {
        return bannerText;
    }

    /** The sign-off badge of the document, or null when none of its sets is signed. */
    public ObjectProperty<SignOffBadge> badgeProperty() {
        return badge;
    }

    /** Shows a document: {@code reviewedSetId} is the set in review mode, or null. */
    public void show(String documentId, String reviewedSetId) {
        this.documentId = documentId;
        this.reviewedSetId = reviewedSetId;
        refresh();
    }

    /** Reads states and checks the sign-off again (after a step, or to see changes made elsewhere). */
    public void refresh() {
        badgeSet = null;
        if (documentId == null) {
            stateText.set("");
            bannerText.set("");
            badge.set(null);
            return;
        }
        List<AnnotationSetInfo> sets;
        try {
            sets = service.setsOf(documentId);
        } catch (StorageException e) {
            message.set(text.describe(e));
            return;
        }
        Optional<AnnotationSetInfo> own = sets.stream().filter(s -> s.annotator().equals(user)).findFirst();
        Optional<AnnotationSetInfo> reviewed = sets.stream().filter(s -> s.id().equals(reviewedSetId)).findFirst();
        if (reviewed.isPresent()) {
            stateText.set(text.format("status.review.state.other", reviewed.get().annotator(), stateWords(reviewed.get().state())));
            bannerText.set("");
        } else {
            stateText.set(text.format("status.review.state.own", own.map(s -> stateWords(s.state())).orElse(text.get("state.new"))));
            bannerText.set(own.map(this::banner).orElse(""));
        }
        showBadge(sets, reviewed.or(() -> own));
    }

    private void showBadge(List<AnnotationSetInfo> sets, Optional<AnnotationSetInfo> preferred) {
        // the set shown (reviewed, else the user's own) when it is signed, else the document's newest signed set
        Optional<AnnotationSetInfo> signed = preferred.filter(s -> service.currentSignOff(s.id()).isPresent());
        if (signed.isEmpty()) {
            signed = sets.stream().filter(s -> service.currentSignOff(s.id()).isPresent())
                    .max(Comparator.comparing(s -> service.currentSignOff(s.id()).map(SignOff::signedAt).orElseThrow()));
        }
        if (signed.isEmpty()) {
            badge.set(null);
            return;
        }
        Optional<SignOffCheck> check = service.check(signed.get().id());
        badgeSet = signed.get();
        badge.set(check.map(c -> SignOffBadge.of(text, badgeSet, c)).orElse(null));
    }

    private String banner(AnnotationSetInfo own) {
        return switch (own.state()) {
            case IN_PROGRESS -> "";
            case SUBMITTED -> text.get("review.banner.submitted");
            case APPROVED -> text.get("review.banner.approved");
            case CHANGES_REQUESTED -> {
                List<StateChange> history = service.history(own.id());
                Optional<StateChange> sentBack = history.stream().filter(c -> c.step() == ReviewStep.REQUEST_CHANGES)
                        .reduce((a, b) -> b);
                yield text.format("review.banner.changes", sentBack.map(StateChange::user).orElse("?"),
                        sentBack.map(StateChange::comment).orElse(""));
            }
        };
    }

    private String stateWords(SetState state) {
        return text.get("state." + state.key());
    }

    /** The user's own set on the shown document, if they have one. */
    public Optional<AnnotationSetInfo> ownSet() {
        if (documentId == null) {
            return Optional.empty();
        }
        return service.setsOf(documentId).stream().filter(s -> s.annotator().equals(user)).findFirst();
    }

    /** The set the badge is about, if one is signed. */
    public Optional<AnnotationSetInfo> badgeSet() {
        return Optional.ofNullable(badgeSet);
    }

    // ---- the analyst's steps ----

    public boolean submit() {
        return step(this::ownSetId, "review.no.own.set", id -> service.submit(id, user), "review.submitted");
    }

    public boolean resume() {
        return step(this::ownSetId, "review.no.own.set", id -> service.resume(id, user), "review.resumed");
    }

    /**
     * Reopens, with a reason, the approved set in view: the reviewed one in review mode, else the
     * user's own, else the document's signed one.
     */
    public boolean reopen(String reason) {
        return step(this::setToReopen, "review.nothing.to.reopen", id -> service.reopen(id, user, reason), "review.reopened");
    }

    private Optional<String> setToReopen() {
        if (reviewedSetId != null) {
            return Optional.of(reviewedSetId);
        }
        Optional<AnnotationSetInfo> own = ownSet();
        if (own.isPresent() && own.get().state() == SetState.APPROVED) {
            return Optional.of(own.get().id());
        }
        if (badgeSet != null) {
            return Optional.of(badgeSet.id());
        }
        return own.map(AnnotationSetInfo::id);
    }

    private Optional<String> ownSetId() {
        return ownSet().map(AnnotationSetInfo::id);
    }

    /** Takes a step on the set {@code target} finds; says {@code noSetKey} when there is none, or the refusal. */
    private boolean step(Supplier<Optional<String>> target, String noSetKey, Function<String, AnnotationSetInfo> work,
                         String doneKey) {
        try {
            Optional<String> setId = target.get();
            if (setId.isEmpty()) {
                message.set(text.get(noSetKey));
            } else {
                AnnotationSetInfo after = work.apply(setId.get());
                message.set(text.format(doneKey, after.annotator(), stateWords(after.state())));
                refresh();
                return true;
            }
        } catch (IllegalArgumentException | IllegalStateException | StorageException e) {
            message.set(text.describe(e));
        }
        refresh();
        return false;
    }
}
