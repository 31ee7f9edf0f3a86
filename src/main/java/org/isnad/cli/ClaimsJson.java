package org.isnad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.domain.ClaimAppearance;
import org.isnad.domain.ClaimRating;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.ClaimRecordSummary;
import org.isnad.domain.ClaimStance;
import org.isnad.domain.Contradiction;
import org.isnad.service.ClaimRatings;
import org.isnad.service.ClaimRecords;
import org.isnad.service.signing.RatingCheck;

/** The JSON the {@code claims} command prints. */
final class ClaimsJson {
    private final ObjectMapper json;

    ClaimsJson(ObjectMapper json) {
        this.json = json;
    }

    ArrayNode list(List<ClaimRecordSummary> summaries, List<ClaimStance> stances) {
        Map<String, ArrayNode> spans = new LinkedHashMap<>();
        ArrayNode array = json.createArrayNode();
        for (ClaimRecordSummary s : summaries) {
            ObjectNode o = array.addObject();
            summary(o, s);
            spans.put(s.record().id(), o.putArray("spans"));
        }
        for (ClaimStance stance : stances) {
            ArrayNode list = spans.get(stance.claimId());
            if (list != null) {
                list.add(stance.spanId());
            }
        }
        return array;
    }

    ObjectNode summary(ClaimRecords records, String claimId) {
        ObjectNode o = json.createObjectNode();
        records.list().stream().filter(s -> s.record().id().equals(claimId)).findFirst().ifPresent(s -> summary(o, s));
        ArrayNode spans = o.putArray("spans");
        records.stances(claimId).forEach(s -> spans.add(s.spanId()));
        return o;
    }

    private static void summary(ObjectNode o, ClaimRecordSummary s) {
        record(o, s.record());
        o.put("appearances", s.appearances());
        o.put("speakers", s.speakers());
        o.put("outlets", s.outlets());
        o.put("firstSeen", s.firstSeen() == null ? null : s.firstSeen().toString());
        o.put("lastSeen", s.lastSeen() == null ? null : s.lastSeen().toString());
        o.put("rated", s.rated());
    }

    private static void record(ObjectNode o, ClaimRecord r) {
        o.put("id", r.id());
        o.put("statement", r.statement());
        o.put("gloss", r.gloss());
    }

    /** {@code ratings} is asked only when the record is rated (checking the signature needs the keys). */
    ObjectNode show(ClaimRecords records, String claimId, java.util.function.Supplier<ClaimRatings> ratings) {
        ClaimRecord record = records.require(claimId);
        ObjectNode out = json.createObjectNode();
        ObjectNode r = out.putObject("record");
        record(r, record);
        r.put("createdAt", record.createdAt().toString());
        r.put("createdBy", record.createdBy());
        if (records.isRated(claimId)) {
            ClaimRatings r2 = ratings.get();
            out.set("rating", rating(r2.rating(claimId).orElseThrow(), r2.check(claimId).orElseThrow()));
        } else {
            out.putNull("rating");
        }
        ArrayNode appearances = out.putArray("appearances");
        for (ClaimAppearance a : records.appearances(claimId)) {
            appearance(appearances.addObject(), a);
        }
        ArrayNode contradictions = out.putArray("contradictions");
        for (Contradiction c : records.contradictions(claimId)) {
            ObjectNode o = contradictions.addObject();
            o.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            o.put("assertedBy", c.asserted().claimantName());
            o.put("assertedIn", c.asserted().spanId());
            o.put("assertedOn", c.asserted().date().toString());
            o.put("deniedBy", c.denied().claimantName());
            o.put("deniedIn", c.denied().spanId());
            o.put("deniedOn", c.denied().date().toString());
        }
        return out;
    }

    private static void appearance(ObjectNode o, ClaimAppearance a) {
        o.put("span", a.spanId());
        o.put("stance", a.stance().key());
        o.put("doc", a.documentId());
        o.put("title", a.title());
        o.put("outlet", a.outlet());
        o.put("url", a.url());
        o.put("date", a.date().toString());
        o.put("claimant", a.claimantId());
        o.put("claimantName", a.claimantName());
        o.put("text", a.text());
        o.put("start", a.start());
        o.put("end", a.end());
        o.put("quote", a.quoteSpanId());
    }

    ObjectNode stance(ClaimStance s) {
        return json.createObjectNode().put("claim", s.claimId()).put("span", s.spanId()).put("stance", s.stance().key());
    }

    ObjectNode rating(ClaimRating r, RatingCheck check) {
        ObjectNode o = json.createObjectNode();
        o.put("claim", r.claimId());
        o.put("value", r.value());
        o.put("best", r.best());
        o.put("worst", r.worst());
        o.put("label", r.label());
        o.put("labelEnglish", r.labelEnglish());
        o.put("explanation", r.explanation());
        ArrayNode evidence = o.putArray("evidence");
        r.evidence().forEach(evidence::add);
        o.put("reviewer", r.reviewer());
        o.put("ratedAt", r.ratedAt().toString());
        o.put("signature", check.status().key().replace('_', '-'));
        return o;
    }
}
