package org.isnad.ui.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Function;
import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;
import org.isnad.ui.language.UiText;

/**
 * Builds the attributions table from a set: one row per quote, so that a quote and its speaker
 * stay readable together even when they are paragraphs apart.
 */
final class Attributions {
    private static final int MAX_CELL = 120;

    private Attributions() {
    }

    static List<AttributionRow> of(AnnotationSet set, Function<String, Actor> actors, UiText text) {
        String doc = set.text();
        // links by source and actors by id, looked up once: a long article has thousands of quotes and links
        Map<String, List<Link>> outgoing = new HashMap<>();
        for (Link l : set.links()) {
            outgoing.computeIfAbsent(l.fromSpanId(), k -> new ArrayList<>()).add(l);
        }
        Map<String, Actor> known = new HashMap<>();
        Function<String, Actor> actor = id -> {
            if (!known.containsKey(id)) {
                known.put(id, actors.apply(id));
            }
            return known.get(id);
        };
        List<AttributionRow> rows = new ArrayList<>();
        for (Span quote : set.spans()) {
            if (quote.layer() != Layer.QUOTE) {
                continue;
            }
            List<Link> from = outgoing.getOrDefault(quote.id(), List.of());
            String speaker = speakerOf(set, quote, from, actor, doc);
            String cue = from.stream().filter(l -> l.type() == LinkType.CUED_BY)
                    .map(l -> set.requireSpan(l.toSpanId()).textIn(doc)).findFirst().orElse("");
            List<String> claims = new ArrayList<>();
            for (Link l : from) {
                if (l.type() != LinkType.EXPRESSES) {
                    continue;
                }
                Span claim = set.requireSpan(l.toSpanId());
                ClaimDetails details = (ClaimDetails) claim.attributes();
                claims.add(cell(details.normalizedText() != null ? details.normalizedText() : claim.textIn(doc)));
            }
            QuoteDetails q = (QuoteDetails) quote.attributes();
            rows.add(new AttributionRow(quote.id(), quote.start(), speaker, cell(cue), cell(quote.textIn(doc)),
                    text.get("quote.type." + q.type().name().toLowerCase(Locale.ROOT)), String.join(" | ", claims)));
        }
        return rows;
    }

    /** The speaker mention's actor (or its text), else the quote's implicit speaker, as AnnotationSet.speakerActorOf. */
    private static String speakerOf(AnnotationSet set, Span quote, List<Link> from, Function<String, Actor> actors, String doc) {
        for (Link l : from) {
            if (l.type() != LinkType.ATTRIBUTED_TO) {
                continue;
            }
            Span mention = set.requireSpan(l.toSpanId());
            String actorId = ((SpeakerMention) mention.attributes()).actorId();
            Actor actor = actorId == null ? null : actors.apply(actorId);
            return actor != null ? actor.canonicalName() : cell(mention.textIn(doc));
        }
        String implicit = ((QuoteDetails) quote.attributes()).implicitSpeakerActorId();
        Actor actor = implicit == null ? null : actors.apply(implicit);
        return actor == null ? "" : actor.canonicalName();
    }

    private static String cell(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= MAX_CELL ? flat : flat.substring(0, org.isnad.text.Graphemes.floorBoundary(flat, MAX_CELL)) + "…";
    }
}
