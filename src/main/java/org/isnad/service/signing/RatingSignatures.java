package org.isnad.service.signing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.KeyPair;
import java.util.function.Predicate;
import org.isnad.domain.ClaimRating;
import org.isnad.domain.ClaimRecord;

/**
 * What a claim rating signs and how it is checked, as sign-offs are (ADR 7): canonical JSON binding the
 * record's id and statement to every field of the rating, the reviewer, their key and the time, signed
 * with the reviewer's Ed25519 key. A rating changed afterwards, or a record whose statement was edited,
 * no longer matches its signature.
 */
public final class RatingSignatures {
    public static final String FORMAT = "isnad-claim-rating/1";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private RatingSignatures() {
    }

    /** The bytes signed: the rating (without its signature) and the statement it rates. */
    public static byte[] statement(ClaimRecord record, ClaimRating r) {
        ObjectNode o = JSON.objectNode();
        o.put("format", FORMAT);
        o.put("claimId", r.claimId());
        o.put("statement", record.statement());
        if (record.gloss() != null) {
            o.put("gloss", record.gloss());
        }
        o.put("ratingValue", r.value());
        o.put("bestRating", r.best());
        o.put("worstRating", r.worst());
        o.put("label", r.label());
        if (r.labelEnglish() != null) {
            o.put("labelEnglish", r.labelEnglish());
        }
        if (r.explanation() != null) {
            o.put("explanation", r.explanation());
        }
        ArrayNode evidence = o.putArray("evidence");
        r.evidence().forEach(evidence::add);
        o.put("reviewer", r.reviewer());
        o.put("publicKey", r.publicKey());
        o.put("ratedAt", SignedContent.time(r.ratedAt()));
        return CanonicalJson.bytes(o);
    }

    /** The rating signed with the reviewer's key pair. */
    public static ClaimRating sign(ClaimRecord record, ClaimRating rating, KeyPair keyPair) {
        ClaimRating keyed = rating.signed(Ed25519.encode(keyPair.getPublic()), null);
        return keyed.signed(keyed.publicKey(), Ed25519.sign(keyPair.getPrivate(), statement(record, keyed)));
    }

    /** Checks a rating as stored now against the record as it is now. */
    public static RatingCheck check(ClaimRecord record, ClaimRating rating, Predicate<String> trusted) {
        String by = rating.reviewer() + " on " + SignedContent.time(rating.ratedAt());
        if (rating.publicKey() == null || rating.signature() == null) {
            return new RatingCheck(SignatureStatus.INVALID, "signature missing: the rating by " + by + " is not signed");
        }
        if (!record.id().equals(rating.claimId())
                || !Ed25519.verify(rating.publicKey(), statement(record, rating), rating.signature())) {
            return new RatingCheck(SignatureStatus.INVALID, "signature invalid: the rating by " + by
                    + " or the statement it rates changed since it was signed");
        }
        String fingerprint = ReviewerKey.fingerprint(rating.publicKey()).substring(0, 16);
        if (!trusted.test(rating.publicKey())) {
            return new RatingCheck(SignatureStatus.UNKNOWN_KEY, "unknown key: signed by " + by + " with key "
                    + fingerprint + ", which is not among your trusted keys (import it with isnad keys import)");
        }
        return new RatingCheck(SignatureStatus.VALID, "valid: signed by " + by + " with key " + fingerprint);
    }
}
