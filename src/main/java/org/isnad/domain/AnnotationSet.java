package org.isnad.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.message.Message;
import org.isnad.text.Graphemes;

/**
 * The annotations of one person on one document: spans and the links between them. Every change
 * goes through a method here that checks the model's rules first and leaves the set unchanged when
 * one is broken.
 */
public final class AnnotationSet {
    private AnnotationSetInfo info;
    private final String text;
    private final Map<String, Span> spans = new LinkedHashMap<>();
    private final Map<String, Link> links = new LinkedHashMap<>();
    /** The links touching each span, in the order they were added: a long article has thousands, and every check asks. */
    private final Map<String, List<Link>> linksBySpan = new HashMap<>();
    private final Map<String, Verdict> verdicts = new LinkedHashMap<>();

    public AnnotationSet(AnnotationSetInfo info, String documentText) {
        this.info = info;
        this.text = documentText;
    }

    public AnnotationSetInfo info() {
        return info;
    }

    public String id() {
        return info.id();
    }

    /** Replaces the set's record (its review state); the id cannot change. */
    public void updateInfo(AnnotationSetInfo changed) {
        if (!changed.id().equals(info.id())) {
            throw new DomainException(Message.of("domain.set.cannot.change.id", info.id(), changed.id()));
        }
        this.info = changed;
    }

    public String text() {
        return text;
    }

    /** Spans in reading order (by start, then longer first, then id: the order the store returns them in). */
    public List<Span> spans() {
        List<Span> list = new ArrayList<>(spans.values());
        list.sort(READING_ORDER);
        return list;
    }

    public static final Comparator<Span> READING_ORDER = Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed())
            .thenComparing(Span::id);

    public Collection<Link> links() {
        return List.copyOf(links.values());
    }

    public Optional<Span> span(String spanId) {
        return Optional.ofNullable(spans.get(spanId));
    }

    public Span requireSpan(String spanId) {
        Span s = spans.get(spanId);
        if (s == null) {
            throw new DomainException(Message.of("domain.annotation.missing", spanId));
        }
        return s;
    }

    public Optional<Link> link(String linkId) {
        return Optional.ofNullable(links.get(linkId));
    }

    public List<Link> linksOf(String spanId) {
        return List.copyOf(linksBySpan.getOrDefault(spanId, List.of()));
    }

    public List<Link> linksFrom(String spanId, LinkType type) {
        return linksBySpan.getOrDefault(spanId, List.of()).stream()
                .filter(l -> l.type() == type && l.fromSpanId().equals(spanId)).toList();
    }

    public List<Link> linksTo(String spanId, LinkType type) {
        return linksBySpan.getOrDefault(spanId, List.of()).stream()
                .filter(l -> l.type() == type && l.toSpanId().equals(spanId)).toList();
    }

    public Map<Layer, Integer> countsByLayer() {
        Map<Layer, Integer> counts = new EnumMap<>(Layer.class);
        for (Layer l : Layer.values()) {
            counts.put(l, 0);
        }
        spans.values().forEach(s -> counts.merge(s.layer(), 1, Integer::sum));
        return counts;
    }

    /** Checks a span against the text: inside it, and not splitting a letter from its marks. */
    public void checkSpanFits(Span span) {
        if (span.end() > text.length()) {
            throw new DomainException(Message.of("domain.annotation.past.end",
                    span.layer(), span.start(), span.end(), text.length()));
        }
        if (!Graphemes.isBoundary(text, span.start()) || !Graphemes.isBoundary(text, span.end())) {
            throw new DomainException(Message.of("domain.annotation.splits.grapheme",
                    span.layer(), span.start(), span.end()));
        }
    }

    public void addSpan(Span span) {
        if (spans.containsKey(span.id())) {
            throw new DomainException(Message.of("domain.annotation.duplicate", span.id()));
        }
        checkSpanFits(span);
        spans.put(span.id(), span);
    }

    /** Replaces a span with a changed version of itself (same id and layer). */
    public void replaceSpan(Span changed) {
        Span old = requireSpan(changed.id());
        if (old.layer() != changed.layer()) {
            throw new DomainException(Message.of("domain.annotation.layer.change", old.layer(), changed.layer()));
        }
        checkSpanFits(changed);
        spans.put(changed.id(), changed);
    }

    /** Removes a span; its links must have been removed first so that nothing points to nothing. */
    public void removeSpan(String spanId) {
        requireSpan(spanId);
        List<Link> remaining = linksOf(spanId);
        if (!remaining.isEmpty()) {
            throw new DomainException(Message.of("domain.annotation.still.linked", spanId, remaining.size()));
        }
        spans.remove(spanId);
        // a verdict is about an annotation; it goes with it (the store cascades the same way)
        verdicts.remove(spanId);
    }

    public void addLink(Link link) {
        checkLink(link);
        links.put(link.id(), link);
        linksBySpan.computeIfAbsent(link.fromSpanId(), k -> new ArrayList<>()).add(link);
        linksBySpan.computeIfAbsent(link.toSpanId(), k -> new ArrayList<>()).add(link);
    }

    public void removeLink(String linkId) {
        Link removed = links.remove(linkId);
        if (removed == null) {
            throw new DomainException(Message.of("domain.link.missing", linkId));
        }
        for (String spanId : List.of(removed.fromSpanId(), removed.toSpanId())) {
            List<Link> touching = linksBySpan.get(spanId);
            touching.removeIf(l -> l.id().equals(linkId));
            if (touching.isEmpty()) {
                linksBySpan.remove(spanId);
            }
        }
    }

    private void checkLink(Link link) {
        if (links.containsKey(link.id())) {
            throw new DomainException(Message.of("domain.link.duplicate", link.id()));
        }
        Span from = spans.get(link.fromSpanId());
        Span to = spans.get(link.toSpanId());
        if (from == null || to == null) {
            throw new DomainException(Message.of("domain.link.dangling",
                    link.type(), from == null ? link.fromSpanId() : link.toSpanId()));
        }
        LinkType type = link.type();
        if (!type.joins(from.layer(), to.layer())) {
            throw new DomainException(type.from() == null
                    ? Message.of("domain.link.same.layer", type, from.layer(), to.layer())
                    : Message.of("domain.link.wrong.layers", type, type.from(), type.to(), from.layer(), to.layer()));
        }
        for (Link existing : linksFrom(link.fromSpanId(), type)) {
            if (existing.toSpanId().equals(link.toSpanId())) {
                throw new DomainException(Message.of("domain.link.already.linked", type));
            }
            if (type.single()) {
                throw new DomainException(Message.of("domain.link.single", from.layer(), type));
            }
        }
        if (type == LinkType.NESTED_IN && wouldCycle(link.fromSpanId(), link.toSpanId())) {
            throw new DomainException(Message.of("domain.link.nesting.cycle"));
        }
    }

    private boolean wouldCycle(String inner, String outer) {
        Set<String> seen = new HashSet<>();
        String current = outer;
        while (current != null && seen.add(current)) {
            if (current.equals(inner)) {
                return true;
            }
            List<Link> parents = linksFrom(current, LinkType.NESTED_IN);
            current = parents.isEmpty() ? null : parents.get(0).toSpanId();
        }
        return false;
    }

    /** The actor a quote is attributed to: the actor of its linked speaker mention, else its implicit speaker. */
    public Optional<String> speakerActorOf(String quoteId) {
        Span quote = requireSpan(quoteId);
        for (Link l : linksFrom(quoteId, LinkType.ATTRIBUTED_TO)) {
            Span mention = spans.get(l.toSpanId());
            if (mention != null && mention.attributes() instanceof SpeakerMention m && m.actorId() != null) {
                return Optional.of(m.actorId());
            }
        }
        if (quote.attributes() instanceof QuoteDetails q) {
            return Optional.ofNullable(q.implicitSpeakerActorId());
        }
        return Optional.empty();
    }

    /** The reviewer's verdict on an annotation, if it has one. */
    public Optional<Verdict> verdict(String spanId) {
        return Optional.ofNullable(verdicts.get(spanId));
    }

    /** Every verdict, in the reading order of the annotations they are about. */
    public List<Verdict> verdicts() {
        List<Verdict> list = new ArrayList<>();
        for (Span s : spans()) {
            Verdict v = verdicts.get(s.id());
            if (v != null) {
                list.add(v);
            }
        }
        return list;
    }

    /** Gives (or replaces) the verdict on an annotation of this set. */
    public void putVerdict(Verdict verdict) {
        requireSpan(verdict.spanId());
        verdicts.put(verdict.spanId(), verdict);
    }

    public void removeVerdict(String spanId) {
        verdicts.remove(spanId);
    }

    /** The annotations that have no verdict yet, in reading order. */
    public List<Span> unreviewed() {
        return spans().stream().filter(s -> !verdicts.containsKey(s.id())).toList();
    }

    /** True when the annotation has a verdict that was given on an earlier version of it. */
    public boolean isStale(String spanId) {
        Verdict v = verdicts.get(spanId);
        return v != null && v.isStaleFor(requireSpan(spanId), linksOf(spanId));
    }

    /** A verdict on {@code judged} (this set's annotation, or a corrected version of it) with the annotation's links as they are now. */
    public Verdict verdictOn(Span judged, VerdictKind kind, String comment, String reviewer, java.time.Instant at) {
        return Verdict.on(judged, linksOf(judged.id()), kind, comment, reviewer, at);
    }

    /** The annotations whose verdicts are stale (changed since), in reading order. */
    public List<Span> stale() {
        return spans().stream().filter(s -> {
            Verdict v = verdicts.get(s.id());
            return v != null && v.isStaleFor(s, linksOf(s.id()));
        }).toList();
    }

    public ReviewProgress reviewProgress() {
        int accepted = 0;
        int rejected = 0;
        int fixed = 0;
        for (Verdict v : verdicts.values()) {
            switch (v.kind()) {
                case ACCEPTED -> accepted++;
                case REJECTED -> rejected++;
                case FIXED -> fixed++;
            }
        }
        return new ReviewProgress(spans.size(), accepted, rejected, fixed, stale().size());
    }
}
