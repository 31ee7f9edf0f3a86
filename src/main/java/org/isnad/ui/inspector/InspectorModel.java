package org.isnad.ui.inspector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.QuoteType;
import org.isnad.domain.Span;
import org.isnad.domain.SpanAttributes;
import org.isnad.domain.SpeakerMention;
import org.isnad.service.AnnotationSession;
import org.isnad.ui.editing.EditorViewModel;
import org.isnad.ui.language.UiText;

/**
 * The inspector's state and edits, without controls: a snapshot of the selected annotation, the
 * choices a list offers (read only when the list opens), and edits that each run as one undoable
 * command through {@link EditorViewModel#perform}, so errors reach the status line. Edits name the
 * annotation they change: a field committed after the selection moved still writes where it was typed.
 */
public final class InspectorModel {
    private final EditorViewModel editor;
    private final UiText text;

    public InspectorModel(EditorViewModel editor) {
        this.editor = editor;
        this.text = editor.text();
    }

    public EditorViewModel editor() {
        return editor;
    }

    /** The selected annotation as the inspector shows it; empty when nothing is selected. */
    public Optional<InspectorState> state() {
        Optional<AnnotationSession> session = editor.session();
        Optional<Span> selected = editor.selectedSpan();
        if (session.isEmpty() || selected.isEmpty()) {
            return Optional.empty();
        }
        AnnotationSet set = session.get().set();
        Span span = selected.get();
        QuoteState quote = span.attributes() instanceof QuoteDetails q ? quoteState(set, span, q) : null;
        ClaimState claim = span.attributes() instanceof ClaimDetails c ? new ClaimState(c, actor(c.claimantActorId()),
                single(set, span.id(), LinkType.CLAIMED_BY)) : null;
        SpeakerState speaker = span.attributes() instanceof SpeakerMention m ? new SpeakerState(actor(m.actorId())) : null;
        return Optional.of(new InspectorState(span.id(), span.layer(), text.get("inspector.layer." + span.layer().key()),
                Excerpt.of(span.textIn(set.text()), Excerpt.FULL), span.note(), !session.get().isReadOnly(),
                quote, claim, speaker, linkRows(set, span.id())));
    }

    private QuoteState quoteState(AnnotationSet set, Span quote, QuoteDetails details) {
        Choice<String> mention = single(set, quote.id(), LinkType.ATTRIBUTED_TO);
        String actorId;
        if (mention != null) {
            actorId = ((SpeakerMention) set.requireSpan(mention.value()).attributes()).actorId();
        } else {
            actorId = details.implicitSpeakerActorId();
        }
        List<LinkRow> claims = linkRows(set, quote.id()).stream()
                .filter(r -> r.type() == LinkType.EXPRESSES && r.outgoing()).toList();
        return new QuoteState(details.type(), mention, mention != null ? mention.value() : quote.id(), actor(actorId),
                single(set, quote.id(), LinkType.CUED_BY), single(set, quote.id(), LinkType.NESTED_IN), claims);
    }

    private Choice<String> single(AnnotationSet set, String fromId, LinkType type) {
        return set.linksFrom(fromId, type).stream().findFirst()
                .map(l -> choiceOf(set, set.requireSpan(l.toSpanId()))).orElse(null);
    }

    private List<LinkRow> linkRows(AnnotationSet set, String spanId) {
        List<LinkRow> rows = new ArrayList<>();
        for (Link l : set.linksOf(spanId)) {
            boolean outgoing = l.fromSpanId().equals(spanId);
            Span other = set.requireSpan(outgoing ? l.toSpanId() : l.fromSpanId());
            rows.add(new LinkRow(l.id(), l.type(), outgoing, linkLabel(l.type(), outgoing), other.id(), other.layer(),
                    text.get("layer." + other.layer().key()), label(set, other)));
        }
        return rows;
    }

    /** "attributed to" seen from the quote, "speaker of" seen from the mention. */
    public String linkLabel(LinkType type, boolean outgoing) {
        return text.get("inspector.link." + type.name().toLowerCase(Locale.ROOT) + (outgoing ? ".out" : ".in"));
    }

    private Actor actor(String actorId) {
        return actorId == null ? null : editor.actor(actorId).orElse(null);
    }

    // ---- choices, computed when a list opens (a document may hold thousands of annotations) ----

    /** "None", then the document's cues, nearest to the quote first. */
    public List<Choice<String>> cueChoices(String quoteId) {
        return near(quoteId, Layer.CUE, Set.of());
    }

    /** "None", then the document's speaker mentions, nearest to the quote or claim first. */
    public List<Choice<String>> mentionChoices(String spanId) {
        return near(spanId, Layer.SPEAKER, Set.of());
    }

    /** "None", then the document's other quotes, nearest first. */
    public List<Choice<String>> parentChoices(String quoteId) {
        return near(quoteId, Layer.QUOTE, Set.of(quoteId));
    }

    /** The claims that this quote does not yet express, nearest first (no "none": choosing links). */
    public List<Choice<String>> claimChoices(String quoteId) {
        Optional<AnnotationSession> session = editor.session();
        if (session.isEmpty()) {
            return List.of();
        }
        Set<String> linked = session.get().set().linksFrom(quoteId, LinkType.EXPRESSES).stream()
                .map(Link::toSpanId).collect(Collectors.toSet());
        List<Choice<String>> claims = near(quoteId, Layer.CLAIM, linked);
        return List.copyOf(claims.subList(1, claims.size()));
    }

    private List<Choice<String>> near(String spanId, Layer layer, Set<String> excluded) {
        List<Choice<String>> out = new ArrayList<>();
        out.add(none());
        Optional<AnnotationSession> session = editor.session();
        if (session.isEmpty()) {
            return out;
        }
        AnnotationSet set = session.get().set();
        Optional<Span> from = set.span(spanId);
        if (from.isEmpty()) {
            return out;
        }
        int at = from.get().start();
        set.spans().stream()
                .filter(s -> s.layer() == layer && !excluded.contains(s.id()))
                .sorted(Comparator.comparingInt((Span s) -> Math.abs(s.start() - at)).thenComparingInt(Span::start))
                .forEach(s -> out.add(choiceOf(set, s)));
        return out;
    }

    public Choice<String> none() {
        return new Choice<>(null, text.get("inspector.choice.none"));
    }

    private Choice<String> choiceOf(AnnotationSet set, Span span) {
        return new Choice<>(span.id(), label(set, span));
    }

    /** How another annotation is named in lists: its text, or a claim's normalized text. */
    private static String label(AnnotationSet set, Span span) {
        if (span.attributes() instanceof ClaimDetails c && c.normalizedText() != null) {
            return Excerpt.of(c.normalizedText(), Excerpt.LIST);
        }
        return Excerpt.of(span.textIn(set.text()), Excerpt.LIST);
    }

    // ---- edits: one command each, through the editor so the status line tells what happened ----

    /** A field committed after its annotation was deleted (focus left it on Delete) has nowhere to go: dropped. */
    public boolean setNote(String spanId, String note) {
        return exists(spanId) && run(s -> s.setNote(spanId, note));
    }

    public boolean setQuoteType(String quoteId, QuoteType type) {
        return run(s -> s.setAttributes(quoteId, ((QuoteDetails) s.set().requireSpan(quoteId).attributes()).withType(type)));
    }

    public boolean updateClaim(String claimId, UnaryOperator<ClaimDetails> edit) {
        return exists(claimId) && run(s -> s.setAttributes(claimId, edit.apply((ClaimDetails) s.set().requireSpan(claimId).attributes())));
    }

    /** Names the actor of a mention, a quote's implicit speaker or a claim's claimant; null clears it. */
    public boolean assignActor(String spanId, String actorId) {
        if (actorId != null) {
            return run(s -> s.assignActor(spanId, actorId));
        }
        return run(s -> s.setAttributes(spanId, withoutActor(s.set().requireSpan(spanId).attributes())));
    }

    /** Creates an actor and assigns it, as one undoable command. */
    public Optional<Actor> createActor(String spanId, NewActor actor) {
        Optional<AnnotationSession> session = editor.session();
        if (session.isEmpty()) {
            return Optional.empty();
        }
        return editor.perform(() -> session.get().createActorFor(spanId, actor.name(), actor.kind(), actor.role()));
    }

    /** Sets (or with null clears) a quote's speaker mention, cue or parent quote, or a claim's ClaimedBy mention. */
    public boolean setSingleLink(LinkType type, String fromId, String toId) {
        return run(s -> s.replaceLink(type, fromId, toId));
    }

    public boolean link(LinkType type, String fromId, String toId) {
        return run(s -> s.link(type, fromId, toId));
    }

    public boolean unlink(String linkId) {
        return run(s -> {
            s.unlink(linkId);
            return linkId;
        });
    }

    /** Selects another annotation and scrolls the document to it. */
    public void goTo(String spanId) {
        editor.reveal(spanId);
    }

    private boolean exists(String spanId) {
        return editor.session().flatMap(s -> s.set().span(spanId)).isPresent();
    }

    private boolean run(Function<AnnotationSession, Object> edit) {
        Optional<AnnotationSession> session = editor.session();
        if (session.isEmpty()) {
            return false;
        }
        return editor.perform(() -> {
            edit.apply(session.get());
            return Boolean.TRUE;
        }).isPresent();
    }

    private static SpanAttributes withoutActor(SpanAttributes attributes) {
        if (attributes instanceof SpeakerMention) {
            return new SpeakerMention(null);
        }
        if (attributes instanceof QuoteDetails q) {
            return q.withImplicitSpeaker(null);
        }
        if (attributes instanceof ClaimDetails c) {
            return c.withClaimant(null);
        }
        return attributes;
    }
}
