package org.isnad.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.CueMark;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;
import org.isnad.suggest.OuterSource;
import org.isnad.suggest.Suggestion;
import org.isnad.text.ArabicFolding;
import org.isnad.text.TextRange;

/**
 * The changes that accept one suggested quote, within one command: the quote, its cue, its speaker mention and
 * actor (an existing actor by folded name or alias, else a new one), the titles the text gives the speaker merged
 * into the actor's roles (each once), and a nested attribution: the quote NestedIn its outer quote, which for an
 * outlet the speaker spoke to («قال فلان لوكالة …») is the outlet's quote over the same words.
 */
final class QuoteAcceptance {
    /** Roles are kept in the actor's role, one after the other: «رئيس الوزراء، وزير الدفاع». */
    static final String ROLE_SEPARATOR = "، ";

    private final AnnotationSet set;
    private final List<Actor> actors;
    private final List<Change> changes;
    /** Actors added or changed by this command so far, by id: a second quote of the same actor sees the first's changes. */
    private final Map<String, Actor> touched = new HashMap<>();

    QuoteAcceptance(AnnotationSet set, List<Actor> actors, List<Change> changes) {
        this.set = set;
        this.actors = new ArrayList<>(actors);
        this.changes = changes;
    }

    /** A quote being accepted, its speaker mention (or null) and the actor (or null). */
    record Accepted(Span quote, Span speaker, String actorId) {
    }

    /** Accepts {@code s}; nested in {@code outer} when not null, else in its outlet's quote when it names one. */
    Accepted quote(Suggestion s, Span outer) {
        String actorId = actorFor(s.actorName(), null, s.roles());
        Span speaker = null;
        if (s.speaker().isPresent()) {
            speaker = mention(s.speaker().get(), actorId);
        }
        Span cue = null;
        if (s.cue().isPresent()) {
            TextRange r = s.cue().get();
            cue = spanAt(Layer.CUE, r).orElse(null);
            if (cue == null) {
                cue = Span.mark(Layer.CUE, r.start(), r.end()).withAttributes(new CueMark());
                changes.add(new SpanAdded(cue));
            }
        }
        Span quote = Span.mark(Layer.QUOTE, s.quote().start(), s.quote().end())
                .withAttributes(new QuoteDetails(s.type(), speaker == null ? actorId : null));
        changes.add(new SpanAdded(quote));
        if (speaker != null) {
            changes.add(new LinkAdded(Link.of(LinkType.ATTRIBUTED_TO, quote.id(), speaker.id())));
        }
        if (cue != null) {
            changes.add(new LinkAdded(Link.of(LinkType.CUED_BY, quote.id(), cue.id())));
        }
        if (outer == null && s.outerSource() != null) {
            outer = outletQuote(s, s.outerSource());
        }
        if (outer != null) {
            changes.add(new LinkAdded(Link.of(LinkType.NESTED_IN, quote.id(), outer.id())));
        }
        return new Accepted(quote, speaker, actorId);
    }

    /** The outlet's own attribution of the same words: a quote attributed to the outlet's mention, with no cue. */
    private Span outletQuote(Suggestion s, OuterSource source) {
        String outletId = actorFor(source.name(), ActorKind.MEDIA_OUTLET, List.of());
        Span mention = mention(source.mention(), outletId);
        Span quote = Span.mark(Layer.QUOTE, s.quote().start(), s.quote().end())
                .withAttributes(new QuoteDetails(s.type(), null));
        changes.add(new SpanAdded(quote));
        changes.add(new LinkAdded(Link.of(LinkType.ATTRIBUTED_TO, quote.id(), mention.id())));
        return quote;
    }

    /** The speaker mention at {@code r}: the one already marked there (named now if it had no actor), else a new one. */
    private Span mention(TextRange r, String actorId) {
        Optional<Span> existing = spanAt(Layer.SPEAKER, r);
        if (existing.isPresent()) {
            Span speaker = existing.get();
            if (actorId != null && ((SpeakerMention) speaker.attributes()).actorId() == null) {
                Span named = speaker.withAttributes(new SpeakerMention(actorId));
                changes.add(new SpanChanged(speaker, named));
                return named;
            }
            return speaker;
        }
        Span speaker = Span.mark(Layer.SPEAKER, r.start(), r.end()).withAttributes(new SpeakerMention(actorId));
        changes.add(new SpanAdded(speaker));
        return speaker;
    }

    /**
     * The id of the actor called {@code name} (by folded name or alias), with {@code roles} merged into its role;
     * a new actor when there is none. Null for no name.
     */
    private String actorFor(String name, ActorKind kind, List<String> roles) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Optional<Actor> known = named(name);
        if (known.isEmpty()) {
            Actor created = Actor.create(name, kind != null ? kind : ActorKinds.guess(name), mergeRoles(null, roles));
            changes.add(new ActorAdded(created));
            actors.add(created);
            touched.put(created.id(), created);
            return created.id();
        }
        Actor before = touched.getOrDefault(known.get().id(), known.get());
        String merged = mergeRoles(before.role(), roles);
        if (merged != null && !merged.equals(before.role())) {
            Actor after = new Actor(before.id(), before.canonicalName(), before.latinName(), before.aliases(), before.kind(),
                    merged, before.wikidataId());
            changes.add(new ActorChanged(before, after));
            touched.put(after.id(), after);
        }
        return before.id();
    }

    /** The actor's roles with the new ones added at the end, each once (compared folded); null when there are none. */
    static String mergeRoles(String current, List<String> added) {
        List<String> roles = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        List<String> all = new ArrayList<>();
        if (current != null) {
            all.addAll(List.of(current.split("[،,]")));
        }
        all.addAll(added);
        for (String role : all) {
            String r = role.strip();
            String f = ArabicFolding.foldQuery(r).replaceAll("\\s+", " ");
            if (!r.isEmpty() && !folded.contains(f)) {
                roles.add(r);
                folded.add(f);
            }
        }
        return roles.isEmpty() ? null : String.join(ROLE_SEPARATOR, roles);
    }

    private Optional<Actor> named(String name) {
        String folded = ArabicFolding.foldQuery(name.strip());
        return actors.stream().filter(a -> ArabicFolding.foldQuery(a.canonicalName()).equals(folded)
                || a.aliases().stream().anyMatch(alias -> ArabicFolding.foldQuery(alias).equals(folded))).findFirst();
    }

    private Optional<Span> spanAt(Layer layer, TextRange r) {
        return set.spans().stream().filter(sp -> sp.layer() == layer && sp.start() == r.start() && sp.end() == r.end())
                .findFirst()
                .or(() -> changes.stream().filter(c -> c instanceof SpanAdded).map(c -> ((SpanAdded) c).span())
                        .filter(sp -> sp.layer() == layer && sp.start() == r.start() && sp.end() == r.end()).findFirst());
    }
}
