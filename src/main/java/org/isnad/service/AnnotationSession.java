package org.isnad.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.Document;
import org.isnad.domain.DomainException;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.ReviewRefusedException;
import org.isnad.domain.SetKind;
import org.isnad.domain.SetState;
import org.isnad.domain.Span;
import org.isnad.domain.SpanAttributes;
import org.isnad.domain.SpeakerMention;
import org.isnad.message.Message;
import org.isnad.text.Selections;
import org.isnad.text.TextRange;

/**
 * One person annotating one document: every edit is a command on this session's stack, committed
 * as it is made. The window and the CLI both edit through here.
 */
public final class AnnotationSession {
    private final Document document;
    private final AnnotationSet set;
    private final CommandStack stack;
    private final Repositories repositories;
    private final String user;

    private AnnotationSession(Document document, AnnotationSet set, Repositories repositories, String user, Clock clock,
                              boolean setIsNew) {
        this.document = document;
        this.set = set;
        this.repositories = repositories;
        this.user = user;
        this.stack = new CommandStack(set, repositories, document.id(), user, clock);
        if (setIsNew) {
            stack.beforeFirstWrite(() -> repositories.annotations().addSet(set.info()));
        }
        // the state may have been changed by review since this session opened: check the stored one
        stack.guard(() -> {
            repositories.annotations().findSet(set.id()).ifPresent(set::updateInfo);
            refuseIfReadOnly();
        });
    }

    /** Opens the user's own set on a document (created on the first edit if the user has none yet). */
    public static AnnotationSession open(Repositories repositories, String documentId, String user, Clock clock) {
        Document document = repositories.documents().find(documentId)
                .orElseThrow(() -> new DomainException(Message.of("service.document.missing", documentId)));
        // a curated set is not the curator's own: it opens through the curation
        Optional<AnnotationSetInfo> existing = repositories.annotations().setsOf(documentId).stream()
                .filter(s -> s.annotator().equals(user) && s.kind() == SetKind.ANALYST).findFirst();
        AnnotationSetInfo info = existing.orElseGet(() -> AnnotationSetInfo.start(documentId, user, clock.instant()));
        return openSet(repositories, document, info, existing.isEmpty(), user, clock);
    }

    /** Opens a given set (a curated one) for editing; {@code isNew}: its row is written with the first edit. */
    static AnnotationSession openSet(Repositories repositories, Document document, AnnotationSetInfo info, boolean isNew,
                                     String user, Clock clock) {
        AnnotationSet set = new AnnotationSet(info, document.text());
        if (!isNew) {
            repositories.annotations().spansOf(info.id()).forEach(set::addSpan);
            repositories.annotations().linksOf(info.id()).forEach(set::addLink);
            repositories.reviews().verdictsOf(info.id()).forEach(set::putVerdict);
        }
        return new AnnotationSession(document, set, repositories, user, clock, isNew);
    }

    public Document document() {
        return document;
    }

    /** The set being edited; read it, change it only through this session. */
    public AnnotationSet set() {
        return set;
    }

    public String user() {
        return user;
    }

    public CommandStack history() {
        return stack;
    }

    /** The selection snapped to whole letters, without surrounding spaces or bidi marks; empty if nothing is left. */
    public Optional<TextRange> snap(int selectionStart, int selectionEnd) {
        return Selections.snap(document.text(), selectionStart, selectionEnd);
    }

    /** Marks the selection in a layer. */
    public Span mark(Layer layer, int selectionStart, int selectionEnd) {
        Span span = newSpan(layer, selectionStart, selectionEnd);
        execute(new Command(Action.mark(layer, excerpt(span)), List.of(new SpanAdded(span))));
        return span;
    }

    /** Marks a quote attributed to an existing speaker mention, in one step (mark speaker, mark quote, done). */
    public Span markQuoteOf(String speakerSpanId, int selectionStart, int selectionEnd) {
        return markLinked(Layer.QUOTE, selectionStart, selectionEnd, LinkType.ATTRIBUTED_TO, speakerSpanId);
    }

    /**
     * Marks the selection and links it to an existing annotation in one undoable step. The new span
     * is whichever end of the link its layer fits: a new quote attributed to a speaker, a new speaker
     * of a selected quote, a new cue of a quote, and so on.
     */
    public Span markLinked(Layer layer, int selectionStart, int selectionEnd, LinkType type, String otherSpanId) {
        Span other = set.requireSpan(otherSpanId);
        Span span = newSpan(layer, selectionStart, selectionEnd);
        Link link;
        if (type.from() == layer && type.to() == other.layer()) {
            link = Link.of(type, span.id(), other.id());
        } else if (type.to() == layer && type.from() == other.layer()) {
            link = Link.of(type, other.id(), span.id());
        } else {
            throw new DomainException(Message.of("service.link.cannot.join", type, layer, other.layer()));
        }
        execute(new Command(Action.mark(layer, excerpt(span)), List.of(new SpanAdded(span), new LinkAdded(link))));
        return span;
    }

    /** Marks a claim expressed by a quote; the quote's speaker is proposed as claimant. */
    public Span markClaimOf(String quoteSpanId, int selectionStart, int selectionEnd) {
        requireLayer(quoteSpanId, Layer.QUOTE);
        String claimant = set.speakerActorOf(quoteSpanId).orElse(null);
        Span claim = newSpan(Layer.CLAIM, selectionStart, selectionEnd);
        claim = claim.withAttributes(ClaimDetails.empty().withClaimant(claimant));
        execute(new Command(Action.mark(Layer.CLAIM, excerpt(claim)), List.of(new SpanAdded(claim),
                new LinkAdded(Link.of(LinkType.EXPRESSES, quoteSpanId, claim.id())))));
        return claim;
    }

    /** Deletes an annotation together with its links. */
    public void delete(String spanId) {
        Span span = set.requireSpan(spanId);
        List<Change> changes = new ArrayList<>();
        set.linksOf(spanId).forEach(l -> changes.add(new LinkRemoved(l)));
        changes.add(new SpanRemoved(span));
        execute(new Command(new Action("action.delete", excerpt(span)), changes));
    }

    /** Moves an annotation's boundaries (snapped like a new selection). */
    public Span adjustBounds(String spanId, int selectionStart, int selectionEnd) {
        TextRange range = snapOrRefuse(selectionStart, selectionEnd);
        return change(spanId, "action.bounds", old -> old.withBounds(range.start(), range.end()));
    }

    /** Replaces the attributes of an annotation (quote type, claim fields, speaker's actor). */
    public Span setAttributes(String spanId, SpanAttributes attributes) {
        return change(spanId, "action.attributes", old -> old.withAttributes(attributes));
    }

    public Span setNote(String spanId, String note) {
        return change(spanId, "action.note", old -> old.withNote(note));
    }

    /** One span changed in one command; a change that changes nothing is not a command. */
    private Span change(String spanId, String actionKey, java.util.function.UnaryOperator<Span> edit) {
        Span old = set.requireSpan(spanId);
        Span changed = edit.apply(old);
        if (changed.equals(old)) {
            return old;
        }
        execute(new Command(new Action(actionKey, excerpt(changed)), List.of(new SpanChanged(old, changed))));
        return changed;
    }

    /** Names the actor of a speaker mention, or of a quote's implicit speaker. */
    public Span assignActor(String spanId, String actorId) {
        repositories.actors().find(actorId)
                .orElseThrow(() -> new DomainException(Message.of("service.actor.missing", actorId)));
        Span old = set.requireSpan(spanId);
        Span changed = old.withAttributes(withActor(old, actorId));
        execute(new Command(new Action("action.assign.actor", excerpt(old)), List.of(new SpanChanged(old, changed))));
        return changed;
    }

    /** Creates a new actor and names it on a speaker mention or quote, as one undoable step. */
    public Actor createActorFor(String spanId, String name, ActorKind kind, String role) {
        Actor actor = Actor.create(name, kind, role);
        Span old = set.requireSpan(spanId);
        Span changed = old.withAttributes(withActor(old, actor.id()));
        execute(new Command(new Action("action.create.actor", actor.canonicalName()),
                List.of(new ActorAdded(actor), new SpanChanged(old, changed))));
        return actor;
    }

    public Link link(LinkType type, String fromSpanId, String toSpanId) {
        Link link = Link.of(type, fromSpanId, toSpanId);
        Span from = set.requireSpan(fromSpanId);
        execute(new Command(new Action("action.link", excerpt(from)), List.of(new LinkAdded(link))));
        return link;
    }

    public void unlink(String linkId) {
        Link link = set.link(linkId).orElseThrow(() -> new DomainException(Message.of("domain.link.missing", linkId)));
        execute(new Command(new Action("action.unlink", excerpt(set.requireSpan(link.fromSpanId()))),
                List.of(new LinkRemoved(link))));
    }

    /**
     * Sets the one link of a single-valued type (a quote's speaker mention, cue or parent quote): an
     * old link of that type is replaced, or just removed when {@code toSpanId} is null, in one
     * undoable step. Returns the new link, if there is one.
     */
    public Optional<Link> replaceLink(LinkType type, String fromSpanId, String toSpanId) {
        if (!type.single()) {
            throw new DomainException(Message.of("service.link.not.single", type));
        }
        Span from = set.requireSpan(fromSpanId);
        List<Link> old = set.linksFrom(fromSpanId, type);
        if (toSpanId != null && old.size() == 1 && old.get(0).toSpanId().equals(toSpanId)) {
            return Optional.of(old.get(0));
        }
        List<Change> changes = new ArrayList<>();
        old.forEach(l -> changes.add(new LinkRemoved(l)));
        Link added = toSpanId == null ? null : Link.of(type, fromSpanId, toSpanId);
        if (added != null) {
            changes.add(new LinkAdded(added));
        }
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        execute(new Command(new Action(added == null ? "action.unlink" : "action.link", excerpt(from)), changes));
        return Optional.ofNullable(added);
    }

    public void undo() {
        stack.undo();
    }

    public void redo() {
        stack.redo();
    }

    public boolean isReadOnly() {
        return set.info().state() == SetState.APPROVED || set.info().state() == SetState.SUBMITTED;
    }

    /** Runs a command built elsewhere in the service layer (e.g. accepting a suggestion). */
    void run(Command command) {
        execute(command);
    }

    private void execute(Command command) {
        refuseIfReadOnly();
        stack.execute(command);
    }

    private void refuseIfReadOnly() {
        if (isReadOnly()) {
            SetState state = set.info().state();
            throw new ReviewRefusedException(Message.of(state == SetState.APPROVED ? "service.edit.refused.approved"
                    : "service.edit.refused.submitted", user, set.info().annotator(), state));
        }
    }

    private Span newSpan(Layer layer, int selectionStart, int selectionEnd) {
        TextRange range = snapOrRefuse(selectionStart, selectionEnd);
        return Span.mark(layer, range.start(), range.end());
    }

    private TextRange snapOrRefuse(int selectionStart, int selectionEnd) {
        return snap(selectionStart, selectionEnd).orElseThrow(() -> emptySelection(selectionStart, selectionEnd));
    }

    static DomainException emptySelection(int selectionStart, int selectionEnd) {
        return new DomainException(Message.of("service.selection.empty", Math.min(selectionStart, selectionEnd),
                Math.max(selectionStart, selectionEnd)));
    }

    private Span requireLayer(String spanId, Layer layer) {
        Span span = set.requireSpan(spanId);
        if (span.layer() != layer) {
            throw new DomainException(Message.of("service.annotation.wrong.layer", layer, spanId, span.layer()));
        }
        return span;
    }

    private static SpanAttributes withActor(Span span, String actorId) {
        if (span.attributes() instanceof SpeakerMention) {
            return new SpeakerMention(actorId);
        }
        if (span.attributes() instanceof QuoteDetails q) {
            return q.withImplicitSpeaker(actorId);
        }
        if (span.attributes() instanceof ClaimDetails c) {
            return c.withClaimant(actorId);
        }
        throw new DomainException(Message.of("service.annotation.no.actor", span.layer()));
    }

    private String excerpt(Span span) {
        return ChangeText.excerpt(span.textIn(document.text()));
    }
}
