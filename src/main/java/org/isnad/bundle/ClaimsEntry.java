package org.isnad.bundle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.domain.ClaimRating;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.ClaimStance;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.domain.Stance;
import org.isnad.message.Message;

/**
 * {@code claims.json} (format version 3): every claim record the bundle carries, by id, each with the
 * stances of its claim spans (by span id) and its rating with the Ed25519 signature exactly as stored, so
 * that the signature can be checked after import and a changed rating shows as invalid. The rating scale
 * and the ClaimReview settings stay out: they are the receiving organisation's (a rating carries its own
 * value, best, worst and labels).
 */
final class ClaimsEntry {
    private static final Set<String> ROOT_FIELDS = Set.of("records");
    private static final Set<String> RECORD_FIELDS = Set.of("id", "statement", "gloss", "createdAt", "createdBy", "stances",
            "rating");
    private static final Set<String> STANCE_FIELDS = Set.of("spanId", "stance");
    private static final Set<String> RATING_FIELDS = Set.of("value", "best", "worst", "label", "labelEnglish", "explanation",
            "evidence", "reviewer", "ratedAt", "publicKey", "signature");

    private ClaimsEntry() {
    }

    /** The entry's JSON: records by id, stances by span id, every field written (null when unset). */
    static ObjectNode write(List<CarriedClaim> claims) {
        ObjectNode o = BundleJson.object();
        ArrayNode list = o.putArray("records");
        claims.stream().sorted(Comparator.comparing(CarriedClaim::id)).forEach(c -> {
            ObjectNode j = list.addObject();
            ClaimRecord r = c.record();
            j.put("id", r.id());
            j.put("statement", r.statement());
            j.put("gloss", r.gloss());
            j.put("createdAt", r.createdAt().toString());
            j.put("createdBy", r.createdBy());
            ArrayNode stances = j.putArray("stances");
            c.stances().stream().sorted(Comparator.comparing(ClaimStance::spanId)).forEach(s -> {
                ObjectNode k = stances.addObject();
                k.put("spanId", s.spanId());
                k.put("stance", s.stance().name());
            });
            if (c.rating() == null) {
                j.putNull("rating");
            } else {
                j.set("rating", rating(c.rating()));
            }
        });
        return o;
    }

    private static ObjectNode rating(ClaimRating r) {
        ObjectNode j = BundleJson.object();
        j.put("value", r.value());
        j.put("best", r.best());
        j.put("worst", r.worst());
        j.put("label", r.label());
        j.put("labelEnglish", r.labelEnglish());
        j.put("explanation", r.explanation());
        ArrayNode evidence = j.putArray("evidence");
        r.evidence().forEach(evidence::add);
        j.put("reviewer", r.reviewer());
        j.put("ratedAt", r.ratedAt().toString());
        j.put("publicKey", r.publicKey());
        j.put("signature", r.signature());
        return j;
    }

    /**
     * Reads the entry. {@code bundleSpans} are the spans of every set in the bundle, by id: a stance on one of
     * them must be on a claim span; a stance on a span the bundle does not carry is checked against the
     * database on import. A record or span given twice refuses the bundle.
     */
    static List<CarriedClaim> read(byte[] bytes, BundleLimits limits, Map<String, Span> bundleSpans) {
        String entry = EntryNames.CLAIMS;
        JsonFields root = JsonFields.of(BundleJson.parse(bytes, entry, limits.maxJsonDepth()), entry, "the claim records",
                ROOT_FIELDS);
        List<CarriedClaim> claims = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> linked = new HashSet<>();
        for (JsonFields f : root.objects("records", RECORD_FIELDS)) {
            ClaimRecord record = NativeBundleReader.domain(f, () -> new ClaimRecord(f.text("id"), f.text("statement"),
                    f.optionalText("gloss"), BundleManifest.instant(f, "createdAt"), f.text("createdBy")));
            if (!ids.add(record.id())) {
                throw f.refuse(Message.of("bundle.claims.recordTwice", record.id()));
            }
            List<ClaimStance> stances = new ArrayList<>();
            for (JsonFields s : f.objects("stances", STANCE_FIELDS)) {
                String spanId = s.text("spanId");
                Stance stance = s.enumValue("stance", Stance.class);
                if (!linked.add(spanId)) {
                    throw s.refuse(Message.of("bundle.claims.spanTwice", spanId));
                }
                Span span = bundleSpans.get(spanId);
                if (span != null && span.layer() != Layer.CLAIM) {
                    throw s.refuse(Message.of("bundle.claims.notClaimSpan", record.id(), spanId, span.layer()));
                }
                stances.add(NativeBundleReader.domain(s, () -> new ClaimStance(record.id(), spanId, stance)));
            }
            ClaimRating rating = f.raw("rating").isNull() ? null : rating(f.object("rating", RATING_FIELDS), record.id());
            claims.add(new CarriedClaim(record, stances, rating));
        }
        return claims;
    }

    private static ClaimRating rating(JsonFields r, String claimId) {
        return NativeBundleReader.domain(r, () -> new ClaimRating(claimId, r.integer("value"), r.integer("best"),
                r.integer("worst"), r.text("label"), r.optionalText("labelEnglish"), r.optionalText("explanation"),
                r.texts("evidence"), r.text("reviewer"), BundleManifest.instant(r, "ratedAt"), r.optionalText("publicKey"),
                r.optionalText("signature")));
    }
}
