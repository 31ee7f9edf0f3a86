package org.isnad.service.signing;

import java.util.function.Predicate;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.SignOff;

/**
 * Checks a sign-off against the annotations as they are now. Needs no database: a bundle reader
 * rebuilds the set (spans, links, verdicts) and the document's text hash from the bundle and calls
 * {@link #check}.
 */
public final class SignOffVerifier {
    private SignOffVerifier() {
    }

    /**
     * @param documentSha256 SHA-256 (hex) of the document text as stored now
     * @param set            the annotation set with its verdicts, as it is now
     * @param trusted        whether a public key (base64) is among the user's trusted keys
     */
    public static SignOffCheck check(SignOff signOff, String documentSha256, AnnotationSet set, Predicate<String> trusted) {
        String by = signOff.reviewer() + " on " + SignedContent.time(signOff.signedAt());
        if (!signOff.setId().equals(set.id())) {
            return new SignOffCheck(signOff, SignatureStatus.INVALID, "the sign-off by " + by
                    + " is for another annotation set");
        }
        String now = SignedContent.digest(documentSha256, set);
        if (!now.equals(signOff.digest())) {
            return new SignOffCheck(signOff, SignatureStatus.INVALID, "signature invalid: the annotations, verdicts "
                    + "or document text changed since " + by + " signed them (digest " + shortHex(signOff.digest())
                    + " signed, " + shortHex(now) + " now)");
        }
        if (!Ed25519.verify(signOff.publicKey(), SignedContent.statement(signOff), signOff.signature())) {
            return new SignOffCheck(signOff, SignatureStatus.INVALID, "signature invalid: the sign-off by " + by
                    + " does not match its signature (the record was altered)");
        }
        String fingerprint = shortHex(ReviewerKey.fingerprint(signOff.publicKey()));
        if (!trusted.test(signOff.publicKey())) {
            return new SignOffCheck(signOff, SignatureStatus.UNKNOWN_KEY, "unknown key: signed by " + by
                    + " with key " + fingerprint + ", which is not among your trusted keys (import it with isnad keys import)");
        }
        return new SignOffCheck(signOff, SignatureStatus.VALID, "valid: signed by " + by + " with key " + fingerprint);
    }

    private static String shortHex(String hex) {
        return hex.length() > 16 ? hex.substring(0, 16) : hex;
    }
}
