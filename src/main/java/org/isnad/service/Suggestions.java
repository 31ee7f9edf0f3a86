package org.isnad.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;
import org.isnad.suggest.KnownActors;
import org.isnad.suggest.QuoteSuggester;
import org.isnad.suggest.Suggestion;
import org.isnad.text.TextRange;

/**
 * Proposed attributions for a document: computed by the suggestion engine, never stored until
 * the analyst accepts one (one undoable command creating the spans, links and actor), and never
 * proposed again once rejected.
 */
public final class Suggestions {
    private final Repositories repositories;
    private final ActorRegistry actors;
    private final Clock clock;
    private final QuoteSuggester engine = new QuoteSuggester();
    /** A document's text never changes, so the engine runs once per document (by its text SHA-256). */
    private final java.util.Map<String, List<Suggestion>> computed = new java.util.LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, List<Suggestion>> eldest) {
            return size() > 8;
        }
    };

    public Suggestions(Repositories repositories, ActorRegistry actors, Clock clock) {
        this.repositories = repositories;
        this.actors = actors;
        this.clock = clock;
    }

    /** The suggestions still open for the session's document: not rejected, not already marked as a quote. */
    public List<Proposal> pending(AnnotationSession session) {
        String text = session.document().text();
        List<Suggestion> all = proposalsFor(session.document());
        Set<String> rejected = repositories.suggestionRejections().rejectedKeys(session.document().id());
        MarkedQuotes marked = new MarkedQuotes(session.set(), Layer.QUOTE);
        MarkedQuotes markedClaims = new MarkedQuotes(session.set(), Layer.CLAIM);
        List<Proposal> open = new ArrayList<>();
        for (Suggestion s : all) {
            // no key built for each of thousands of suggestions when nothing was rejected
            if (!rejected.isEmpty() && rejected.contains(s.key())
                    || (s.layer() == Layer.CLAIM ? markedClaims : marked).covers(s.quote())) {
                continue;
            }
            Suggestion parent = s.parentIndex() == null ? null : all.get(s.parentIndex());
            open.add(new Proposal(s, parent));
        }
        return open;
    }

    /**
     * Runs the engine on a document once (its text never changes) and keeps the result; safe to call
     * off the window's thread, so that a long article opens before its suggestions are ready.
     */
    public synchronized List<Suggestion> proposalsFor(org.isnad.domain.Document document) {
        return computed.computeIfAbsent(document.sha256(), sha -> engine.suggest(document.text(), knownActors()));
    }

    /** Whether {@link #proposalsFor} has the document's suggestions already. */
    public synchronized boolean isComputed(org.isnad.domain.Document document) {
        return computed.containsKey(document.sha256());
    }

    /**
     * Accepts a proposal in one undoable command. A quote: quote, cue, speaker mention, actor (with the titles the
     * text gives it merged into its roles) and links; a quote of a nested attribution comes with the other side
     * (the outer quote, or the nested ones), NestedIn linked, and so does the outlet's quote when the speaker spoke
     * to one («قال فلان لوكالة …»). A claim: the claim, Expressed by its quote (the quote is accepted with it when
     * not yet marked) and ClaimedBy the quote's speaker, whose actor becomes the claimant.
     */
    public Span accept(AnnotationSession session, Proposal proposal) {
        Suggestion s = proposal.suggestion();
        AnnotationSet set = session.set();
        String text = session.document().text();
        List<Change> changes = new ArrayList<>();
        QuoteAcceptance acceptance = new QuoteAcceptance(set, actors.all(), changes);
        if (s.layer() == Layer.CLAIM) {
            Span claim = acceptClaim(set, proposal, acceptance, changes);
            session.run(new Command(new Action("action.accept.claimSuggestion", ChangeText.excerpt(claim.textIn(text))), changes));
            return claim;
        }
        Span quote = acceptNested(session, s, proposal.parent(), acceptance).quote();
        session.run(new Command(new Action("action.accept.suggestion", ChangeText.excerpt(quote.textIn(text))), changes));
        return quote;
    }

    /** The quote, nested in its outer quote (accepted with it when not yet marked), and the quotes nested in it. */
    private QuoteAcceptance.Accepted acceptNested(AnnotationSession session, Suggestion s, Suggestion parent,
                                                  QuoteAcceptance acceptance) {
        Span outer = null;
        if (parent != null) {
            outer = session.set().spans().stream().filter(sp -> sp.layer() == Layer.QUOTE
                    && sp.start() == parent.quote().start() && sp.end() == parent.quote().end()).findFirst()
                    .orElseGet(() -> acceptance.quote(parent, null).quote());
        }
        QuoteAcceptance.Accepted accepted = acceptance.quote(s, outer);
        if (parent == null) {
            List<Suggestion> all = proposalsFor(session.document());
            int index = all.indexOf(s);
            Set<String> rejected = repositories.suggestionRejections().rejectedKeys(session.document().id());
            for (Suggestion inner : all) {
                if (index >= 0 && inner.layer() == Layer.QUOTE && inner.parentIndex() != null && inner.parentIndex() == index
                        && !rejected.contains(inner.key())) {
                    acceptance.quote(inner, accepted.quote());
                }
            }
        }
        return accepted;
    }

    private Span acceptClaim(AnnotationSet set, Proposal proposal, QuoteAcceptance acceptance, List<Change> changes) {
        Suggestion s = proposal.suggestion();
        TextRange r = s.quote();
        Suggestion quoteSuggestion = proposal.parent();
        Optional<Span> marked = quoteSuggestion == null ? Optional.empty() : spanAt(set, Layer.QUOTE, quoteSuggestion.quote());
        if (marked.isEmpty()) {
            marked = set.spans().stream().filter(sp -> sp.layer() == Layer.QUOTE && sp.start() <= r.start() && sp.end() >= r.end())
                    .findFirst();
        }
        QuoteAcceptance.Accepted quote;
        if (marked.isPresent()) {
            Span q = marked.get();
            Span speaker = set.linksFrom(q.id(), LinkType.ATTRIBUTED_TO).stream().findFirst()
                    .map(l -> set.requireSpan(l.toSpanId())).orElse(null);
            String actorId = speaker != null && speaker.attributes() instanceof SpeakerMention m ? m.actorId()
                    : q.attributes() instanceof QuoteDetails d ? d.implicitSpeakerActorId() : null;
            quote = new QuoteAcceptance.Accepted(q, speaker, actorId);
        } else if (quoteSuggestion != null) {
            quote = acceptance.quote(quoteSuggestion, null);
        } else {
            quote = new QuoteAcceptance.Accepted(null, null, null);
        }
        Span claim = Span.mark(Layer.CLAIM, r.start(), r.end()).withAttributes(ClaimDetails.empty().withClaimant(quote.actorId()));
        changes.add(new SpanAdded(claim));
        if (quote.quote() != null) {
            changes.add(new LinkAdded(Link.of(LinkType.EXPRESSES, quote.quote().id(), claim.id())));
        }
        if (quote.speaker() != null) {
            changes.add(new LinkAdded(Link.of(LinkType.CLAIMED_BY, claim.id(), quote.speaker().id())));
        }
        return claim;
    }

    /** Rejects a proposal for good (for this document). */
    public void reject(AnnotationSession session, Proposal proposal) {
        repositories.suggestionRejections().reject(session.document().id(), proposal.key(), session.user(), clock.instant());
    }

    /** Every actor's name and aliases folded once (the engine asks for every speaker it finds), first actor by name wins. */
    private KnownActors knownActors() {
        java.util.Map<String, String> byFoldedName = new java.util.HashMap<>();
        for (Actor a : actors.all()) {
            byFoldedName.putIfAbsent(QuoteSuggester.foldName(a.canonicalName()), a.canonicalName());
            for (String alias : a.aliases()) {
                byFoldedName.putIfAbsent(QuoteSuggester.foldName(alias), a.canonicalName());
            }
        }
        return KnownActors.byFoldedName(byFoldedName);
    }

    private static Optional<Span> spanAt(AnnotationSet set, Layer layer, TextRange r) {
        return set.spans().stream().filter(sp -> sp.layer() == layer && sp.start() == r.start() && sp.end() == r.end())
                .findFirst();
    }

    /**
     * The set's quotes, sorted by start once per call of {@link #pending} (not once per suggestion:
     * a long article has thousands of both). A quote overlapping a suggestion by half of their union
     * or more is the same quote, already marked.
     */
    private static final class MarkedQuotes {
        private final int[] starts;
        private final int[] ends;
        private final int longest;

        MarkedQuotes(AnnotationSet set, Layer layer) {
            List<Span> quotes = set.spans().stream().filter(sp -> sp.layer() == layer).toList();
            starts = new int[quotes.size()];
            ends = new int[quotes.size()];
            int max = 0;
            for (int i = 0; i < quotes.size(); i++) {
                starts[i] = quotes.get(i).start();
                ends[i] = quotes.get(i).end();
                max = Math.max(max, ends[i] - starts[i]);
            }
            longest = max;
        }

        boolean covers(TextRange r) {
            // spans() is in reading order (by start): only quotes starting after r.start() - longest can overlap r
            int i = firstStartAtLeast(r.start() - longest);
            for (; i < starts.length && starts[i] < r.end(); i++) {
                int overlap = Math.min(ends[i], r.end()) - Math.max(starts[i], r.start());
                int union = Math.max(ends[i], r.end()) - Math.min(starts[i], r.start());
                if (overlap > 0 && overlap * 2 >= union) {
                    return true;
                }
            }
            return false;
        }

        private int firstStartAtLeast(int offset) {
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
