package org.isnad.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.Document;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;

/** Reads a document and its annotations from the database into what the search index keeps. */
final class IndexedDocuments {
    private final Repositories repositories;

    IndexedDocuments(Repositories repositories) {
        this.repositories = repositories;
    }

    /** The document as the index should hold it, or empty when it is no longer in the database. */
    Optional<IndexedDocument> read(String documentId, Function<String, String> actorNames) {
        return repositories.transactions().inTransaction(() -> repositories.documents().find(documentId)
                .map(document -> build(document, actorNames)));
    }

    /** Actor names by id, read once for a batch. */
    Function<String, String> actorNames() {
        Map<String, String> names = new HashMap<>();
        for (Actor actor : repositories.actors().all()) {
            names.put(actor.id(), actor.canonicalName());
        }
        return names::get;
    }

    private IndexedDocument build(Document document, Function<String, String> actorNames) {
        Set<String> annotators = new LinkedHashSet<>();
        Set<String> states = new LinkedHashSet<>();
        List<IndexedSpan> spans = new ArrayList<>();
        for (AnnotationSetInfo set : repositories.annotations().setsOf(document.id())) {
            annotators.add(set.annotator());
            states.add(set.state().name());
            List<Span> setSpans = repositories.annotations().spansOf(set.id());
            Map<String, Span> byId = new HashMap<>();
            setSpans.forEach(s -> byId.put(s.id(), s));
            List<Link> links = repositories.annotations().linksOf(set.id());
            for (Span span : setSpans) {
                String actorId = actorOf(span, byId, links);
                String quoteType = span.attributes() instanceof QuoteDetails q ? q.type().name() : null;
                spans.add(new IndexedSpan(span.id(), span.layer(), span.start(), span.end(), actorId,
                        actorId == null ? null : actorNames.apply(actorId), quoteType, set.annotator(), set.state().name()));
            }
        }
        return new IndexedDocument(document.id(), document.title(), document.outlet(), document.publishedDate(),
                document.text(), annotators, states, spans);
    }

    /** Who said it: a speaker's actor; a quote's linked speaker, else its implicit one; a claim's claimant. */
    private static String actorOf(Span span, Map<String, Span> byId, List<Link> links) {
        switch (span.layer()) {
            case SPEAKER:
                return ((SpeakerMention) span.attributes()).actorId();
            case QUOTE:
                String linked = linkedSpeaker(span, LinkType.ATTRIBUTED_TO, byId, links);
                return linked != null ? linked : ((QuoteDetails) span.attributes()).implicitSpeakerActorId();
            case CLAIM:
                String claimant = ((ClaimDetails) span.attributes()).claimantActorId();
                return claimant != null ? claimant : linkedSpeaker(span, LinkType.CLAIMED_BY, byId, links);
            default:
                return null;
        }
    }

    private static String linkedSpeaker(Span from, LinkType type, Map<String, Span> byId, List<Link> links) {
        for (Link link : links) {
            Span to = link.type() == type && link.fromSpanId().equals(from.id()) ? byId.get(link.toSpanId()) : null;
            if (to != null && to.attributes() instanceof SpeakerMention mention && mention.actorId() != null) {
                return mention.actorId();
            }
        }
        return null;
    }
}
