package org.isnad.ui;

import java.util.ArrayList;
import java.util.List;
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
        List<AttributionRow> rows = new ArrayList<>();
        for (Span quote : set.spans()) {
            if (quote.layer() != Layer.QUOTE) {
                continue;
            }
            String speaker = speakerOf(set, quote, actors, doc);
            String cue = set.linksFrom(quote.id(), LinkType.CUED_BY).stream()
                    .map(l -> set.requireSpan(l.toSpanId()).textIn(doc)).findFirst().orElse("");
            List<String> claims = new ArrayList<>();
            for (Link l : set.linksFrom(quote.id(), LinkType.EXPRESSES)) {
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

    private static String speakerOf(AnnotationSet set, Span quote, Function<String, Actor> actors, String doc) {
        for (Link l : set.linksFrom(quote.id(), LinkType.ATTRIBUTED_TO)) {
            Span mention = set.requireSpan(l.toSpanId());
            String actorId = ((SpeakerMention) mention.attributes()).actorId();
            Actor actor = actorId == null ? null : actors.apply(actorId);
            return actor != null ? actor.canonicalName() : cell(mention.textIn(doc));
        }
        return set.speakerActorOf(quote.id()).map(actors).map(Actor::canonicalName).orElse("");
    }

    private static String cell(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= MAX_CELL ? flat : flat.substring(0, org.isnad.text.Graphemes.floorBoundary(flat, MAX_CELL)) + "…";
    }
}
