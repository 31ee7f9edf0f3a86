package org.isnad.bundle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;

/**
 * The attributions table for spreadsheets: one row per quote (with its claims, their claim records' ids and
 * statements, one per line in the claims' order), UTF-8 with a byte order mark (so that
 * spreadsheet programs read Arabic correctly), RFC 4180 quoting with CRLF row ends, and cells that a
 * spreadsheet would take for a formula (starting with = + - @, a tab or a carriage return) prefixed
 * with an apostrophe.
 */
final class AttributionCsv {
    static final List<String> COLUMNS = List.of("document", "document_id", "annotator", "speaker_actor", "speaker_actor_id",
            "cue", "quote", "type", "claims", "claimant", "review_state", "claim_record_ids", "claim_records");

    private AttributionCsv() {
    }

    static byte[] write(StoredWork work) {
        StringBuilder out = new StringBuilder("\uFEFF");
        row(out, COLUMNS);
        for (StoredWork.Item item : work.documents()) {
            for (AnnotationSet set : item.sets()) {
                String text = set.text();
                Stretches stretches = Stretches.of(set);
                for (Span quote : set.spans()) {
                    if (quote.layer() != Layer.QUOTE || !stretches.isFirst(quote.id())) {
                        // a later stretch of a discontinuous quote is in its first stretch's row
                        continue;
                    }
                    String speakerId = set.speakerActorOf(quote.id()).orElse(null);
                    String cue = set.linksFrom(quote.id(), LinkType.CUED_BY).stream()
                            .map(l -> set.requireSpan(l.toSpanId()).textIn(text)).findFirst().orElse("");
                    List<String> claims = new ArrayList<>();
                    List<String> recordIds = new ArrayList<>();
                    List<String> records = new ArrayList<>();
                    Set<String> claimants = new LinkedHashSet<>();
                    for (Link l : set.linksFrom(quote.id(), LinkType.EXPRESSES)) {
                        Span claim = set.requireSpan(l.toSpanId());
                        ClaimDetails c = (ClaimDetails) claim.attributes();
                        claims.add(c.normalizedText() != null ? c.normalizedText() : claim.textIn(text));
                        ClaimRecord record = work.claimRecords().get(claim.id());
                        recordIds.add(record == null ? "" : record.id());
                        records.add(record == null ? "" : record.statement());
                        String claimant = c.claimantActorId();
                        if (claimant == null) {
                            claimant = set.linksFrom(claim.id(), LinkType.CLAIMED_BY).stream()
                                    .map(k -> set.requireSpan(k.toSpanId()).attributes())
                                    .filter(a -> a instanceof SpeakerMention m && m.actorId() != null)
                                    .map(a -> ((SpeakerMention) a).actorId()).findFirst().orElse(null);
                        }
                        if (claimant != null) {
                            claimants.add(name(work, claimant));
                        }
                    }
                    row(out, List.of(item.document().title(), item.document().id(), set.info().annotator(),
                            speakerId == null ? "" : name(work, speakerId), speakerId == null ? "" : speakerId,
                            cue, String.join(" … ", stretches.of(quote.id()).stream().map(s -> s.textIn(text)).toList()),
                            ((QuoteDetails) quote.attributes()).type().name().toLowerCase(Locale.ROOT),
                            String.join("\n", claims), String.join("; ", claimants), set.info().state().key(),
                            String.join("\n", recordIds), String.join("\n", records)));
                }
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String name(StoredWork work, String actorId) {
        return work.actor(actorId).map(Actor::canonicalName).orElse(actorId);
    }

    private static void row(StringBuilder out, List<String> cells) {
        org.isnad.service.CsvRows.append(out, cells);
    }

    /** One cell, neutralised against formula injection and quoted when RFC 4180 needs it. */
    static String cell(String value) {
        return org.isnad.service.CsvRows.cell(value);
    }
}
