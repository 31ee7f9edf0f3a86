package org.isnad.service;

import org.isnad.service.signing.Ed25519;
import org.isnad.service.signing.SignedContent;
import org.isnad.service.signing.SigningKeys;
import org.isnad.service.signing.ReviewerKey;
import org.isnad.service.signing.SignOffVerifier;
import org.isnad.service.signing.SignOffCheck;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.Document;
import org.isnad.domain.DomainException;
import org.isnad.domain.Ids;
import org.isnad.domain.ReviewRefusedException;
import org.isnad.domain.ReviewState;
import org.isnad.domain.ReviewStep;
import org.isnad.domain.SetState;
import org.isnad.domain.SignOff;
import org.isnad.domain.Span;
import org.isnad.domain.StateChange;
import org.isnad.domain.Verdict;
import org.isnad.domain.VerdictKind;
import org.isnad.message.Message;

/**
 * Review of annotation sets: submitting, approving (with a signed sign-off), requesting changes,
 * resuming and reopening, and checking sign-offs. Each step is one transaction that also writes the
 * set's review history and the audit log with the acting user. Verdicts are given in a
 * {@link ReviewSession} (undoable); approving with {@code acceptRemaining} gives the rest here.
 */
public final class ReviewService {
    private final Repositories repositories;
    private final SigningKeys keys;
    private final Clock clock;

    public ReviewService(Repositories repositories, SigningKeys keys, Clock clock) {
        this.repositories = repositories;
        this.keys = keys;
        this.clock = clock;
    }

    public SigningKeys keys() {
        return keys;
    }

    /** The analyst hands their set over for review. */
    public AnnotationSetInfo submit(String setId, String user) {
        return step(setId, ReviewStep.SUBMIT, user, null);
    }

    /** The analyst takes up a set that a reviewer sent back: it is in progress (editable) again. */
    public AnnotationSetInfo resume(String setId, String user) {
        return step(setId, ReviewStep.RESUME, user, null);
    }

    /** A reviewer sends the set back to its analyst; the comment says what to change. */
    public AnnotationSetInfo requestChanges(String setId, String reviewer, String comment) {
        return step(setId, ReviewStep.REQUEST_CHANGES, reviewer, comment);
    }

    /** Reopens an approved set with a reason; its sign-offs stay in the history, marked superseded. */
    public AnnotationSetInfo reopen(String setId, String user, String reason) {
        return step(setId, ReviewStep.REOPEN, user, reason);
    }

    /**
     * A reviewer approves a submitted set and signs it. Refused while annotations have no verdict,
     * saying how many, unless {@code acceptRemaining}: then each of them is accepted in the
     * reviewer's name first, in the same transaction. The reviewer's key pair is made on their
     * first sign-off.
     */
    public SignOff approve(String setId, String reviewer, boolean acceptRemaining) {
        AnnotationSetInfo before = requireSet(setId);
        ReviewState.next(before, ReviewStep.APPROVE, reviewer, null);
        KeyPair keyPair = keys.keyPairOf(reviewer);
        return repositories.transactions().inTransaction(() -> {
            AnnotationSetInfo info = requireSet(setId);
            ReviewState.next(info, ReviewStep.APPROVE, reviewer, null);
            Document document = requireDocument(info.documentId());
            AnnotationSet set = load(info, document);
            Instant now = now();
            List<Span> stale = set.stale();
            if (!stale.isEmpty()) {
                // accepting the rest never covers these: the reviewer judged another version of them
                throw new ReviewRefusedException(Message.of(stale.size() == 1 ? "service.approve.stale.one"
                        : "service.approve.stale.many", reviewer, info.annotator(), stale.size()));
            }
            List<Span> remaining = set.unreviewed();
            if (!remaining.isEmpty()) {
                if (!acceptRemaining) {
                    throw new ReviewRefusedException(Message.of(remaining.size() == 1 ? "service.approve.unreviewed.one"
                            : "service.approve.unreviewed.many", reviewer, info.annotator(), remaining.size(), set.spans().size()));
                }
                StringBuilder accepted = new StringBuilder();
                for (Span s : remaining) {
                    Verdict v = set.verdictOn(s, VerdictKind.ACCEPTED, null, reviewer, now);
                    repositories.reviews().saveVerdict(set.id(), v);
                    set.putVerdict(v);
                    if (accepted.length() > 0) {
                        accepted.append('\n');
                    }
                    accepted.append("VERDICT ").append(s.id()).append(" ACCEPTED by ").append(reviewer);
                }
                audit(info, reviewer, now, "review.accept-remaining", "Accept the " + remaining.size()
                        + " remaining annotation(s) on approval", "", accepted.toString());
            }
            String digest = SignedContent.digest(document.sha256(), set);
            SignOff unsigned = new SignOff(Ids.newId(), set.id(), document.id(), reviewer,
                    Ed25519.encode(keyPair.getPublic()), now, digest, "-", false);
            String signature = Ed25519.sign(keyPair.getPrivate(), SignedContent.statement(unsigned));
            SignOff signOff = new SignOff(unsigned.id(), unsigned.setId(), unsigned.documentId(), reviewer,
                    unsigned.publicKey(), now, digest, signature, false);
            repositories.reviews().addSignOff(signOff);
            AnnotationSetInfo after = info.withState(SetState.APPROVED);
            repositories.annotations().updateSet(info, after);
            repositories.reviews().addStateChange(new StateChange(0, setId, ReviewStep.APPROVE, info.state(),
                    after.state(), reviewer, now, null));
            audit(info, reviewer, now, "review.approve", "Approve and sign the annotation set of " + info.annotator(),
                    "state=" + ReviewState.words(info.state()),
                    "state=" + ReviewState.words(after.state()) + "\nsigned by " + reviewer + " key "
                            + ReviewerKey.fingerprint(signOff.publicKey()).substring(0, 16) + " digest " + digest);
            return signOff;
        });
    }

    /** Opens a review of someone else's set: step through its annotations and give verdicts. */
    public ReviewSession review(String setId, String reviewer) {
        AnnotationSetInfo info = requireSet(setId);
        Document document = requireDocument(info.documentId());
        return new ReviewSession(repositories, document, load(info, document), reviewer, clock);
    }

    /** The set as stored now, with its spans, links and verdicts. */
    public AnnotationSet load(String setId) {
        AnnotationSetInfo info = requireSet(setId);
        return load(info, requireDocument(info.documentId()));
    }

    public AnnotationSetInfo set(String setId) {
        return requireSet(setId);
    }

    public List<AnnotationSetInfo> setsOf(String documentId) {
        return repositories.annotations().setsOf(documentId);
    }

    /** Every sign-off of the set, oldest first, superseded ones included. */
    public List<SignOff> signOffs(String setId) {
        return repositories.reviews().signOffsOf(setId);
    }

    /** The set's sign-off in force (the newest one not superseded), if it has one. */
    public Optional<SignOff> currentSignOff(String setId) {
        List<SignOff> all = signOffs(setId);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (!all.get(i).superseded()) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    /** Checks the set's sign-off in force against the annotations as stored now: what the badge shows. */
    public Optional<SignOffCheck> check(String setId) {
        AnnotationSetInfo info = requireSet(setId);
        Optional<SignOff> current = currentSignOff(setId);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Document document = requireDocument(info.documentId());
        return Optional.of(SignOffVerifier.check(current.get(), document.sha256(), load(info, document), keys::isTrusted));
    }

    /** The set's review history (submitted, approved, sent back, reopened …), oldest first. */
    public List<StateChange> history(String setId) {
        return repositories.reviews().stateChangesOf(setId);
    }

    /** The document's whole audit trail (edits, verdicts, review steps), oldest first. */
    public List<AuditEvent> auditTrail(String documentId) {
        return repositories.audit().eventsOf(documentId);
    }

    private AnnotationSetInfo step(String setId, ReviewStep step, String user, String comment) {
        return repositories.transactions().inTransaction(() -> {
            AnnotationSetInfo info = requireSet(setId);
            SetState to = ReviewState.next(info, step, user, comment);
            Instant now = now();
            int superseded = step == ReviewStep.REOPEN ? repositories.reviews().supersedeSignOffs(setId) : 0;
            AnnotationSetInfo after = info.withState(to);
            repositories.annotations().updateSet(info, after);
            repositories.reviews().addStateChange(new StateChange(0, setId, step, info.state(), to, user, now, comment));
            String note = comment == null || comment.isBlank() ? "" : "\n" + (step == ReviewStep.REOPEN ? "reason: " : "comment: ")
                    + comment.strip();
            audit(info, user, now, "review." + step.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    capitalized(step.words()) + " the annotation set of " + info.annotator(),
                    "state=" + ReviewState.words(info.state()),
                    "state=" + ReviewState.words(to) + note + (superseded > 0 ? "\n" + superseded + " sign-off(s) superseded" : ""));
            return after;
        });
    }

    private void audit(AnnotationSetInfo info, String user, Instant at, String action, String description, String before,
                       String after) {
        repositories.audit().append(new AuditEvent(0, info.documentId(), info.id(), user, at, action, description, before, after));
    }

    private AnnotationSet load(AnnotationSetInfo info, Document document) {
        AnnotationSet set = new AnnotationSet(info, document.text());
        repositories.annotations().spansOf(info.id()).forEach(set::addSpan);
        repositories.annotations().linksOf(info.id()).forEach(set::addLink);
        repositories.reviews().verdictsOf(info.id()).forEach(set::putVerdict);
        return set;
    }

    private AnnotationSetInfo requireSet(String setId) {
        return repositories.annotations().findSet(setId)
                .orElseThrow(() -> new DomainException(Message.of("service.set.missing", setId)));
    }

    private Document requireDocument(String documentId) {
        return repositories.documents().find(documentId)
                .orElseThrow(() -> new DomainException(Message.of("service.document.missing", documentId)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String capitalized(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
