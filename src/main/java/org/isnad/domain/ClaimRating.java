package org.isnad.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.isnad.message.Message;

/**
 * A reviewer's rating of a claim record on the organisation's scale: a value between the worst and the
 * best value, its label (as given; {@code labelEnglish} is the English label when the scale knows it),
 * a rationale and evidence URLs. {@code publicKey} and {@code signature} are the reviewer's Ed25519
 * signature over all of it and the record's statement; both null on a rating not signed yet.
 */
public record ClaimRating(String claimId, int value, int best, int worst, String label, String labelEnglish,
                          String explanation, List<String> evidence, String reviewer, Instant ratedAt,
                          String publicKey, String signature) {
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_EVIDENCE = 50;

    public ClaimRating {
        Ids.require(claimId, Message.of("domain.what.claim.record"));
        if (worst < 1 || best <= worst) {
            // as fact-check readers require (Google: worstRating >= 1, below bestRating)
            throw new DomainException(Message.of("domain.rating.scale.order", worst, best));
        }
        if (value < Math.min(best, worst) || value > Math.max(best, worst)) {
            throw new DomainException(Message.of("domain.rating.value.outside", value, worst, best));
        }
        label = Actor.blankToNull(label == null ? null : label.strip());
        if (label == null) {
            throw new DomainException(Message.of("domain.rating.no.label"));
        }
        labelEnglish = Actor.blankToNull(labelEnglish);
        explanation = Actor.blankToNull(explanation == null ? null : explanation.strip());
        if (explanation != null && explanation.length() > MAX_TEXT) {
            throw new DomainException(Message.of("domain.rating.text.too.long", MAX_TEXT));
        }
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
        if (evidence.size() > MAX_EVIDENCE) {
            throw new DomainException(Message.of("domain.rating.too.much.evidence", MAX_EVIDENCE));
        }
        for (String url : evidence) {
            requireWebAddress(url);
        }
        if (reviewer == null || reviewer.isBlank()) {
            throw new DomainException(Message.of("domain.audit.no.user"));
        }
        if (ratedAt == null) {
            throw new DomainException(Message.of("domain.rating.no.time"));
        }
    }

    /** An absolute http or https address, as evidence and published URLs must be. */
    public static String requireWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new DomainException(Message.of("domain.rating.bad.url", url));
            }
            return url;
        } catch (URISyntaxException | NullPointerException e) {
            throw new DomainException(Message.of("domain.rating.bad.url", String.valueOf(url)));
        }
    }

    public ClaimRating signed(String key, String signatureBase64) {
        return new ClaimRating(claimId, value, best, worst, label, labelEnglish, explanation, evidence, reviewer,
                ratedAt, key, signatureBase64);
    }

    public ClaimRating forClaim(String otherClaimId) {
        return new ClaimRating(otherClaimId, value, best, worst, label, labelEnglish, explanation, evidence, reviewer,
                ratedAt, publicKey, signature);
    }
}
