package org.isnad.domain;

import java.time.Instant;
import java.util.regex.Pattern;
import org.isnad.message.Message;

/**
 * A reviewer's signed approval of one annotation set. {@code digest} is the SHA-256 (hex) of the
 * canonical JSON of the signed content (document text hash and the set with its verdicts);
 * {@code signature} (base64) is an Ed25519 signature by {@code publicKey} (base64 X.509) over the
 * canonical statement that binds digest, set, reviewer, key and time. {@code documentId} is the
 * local id of the document and is not signed (the text's hash is). A sign-off is never deleted:
 * reopening the set marks it superseded; {@code superseded} is not signed either.
 */
public record SignOff(String id, String setId, String documentId, String reviewer, String publicKey, Instant signedAt,
                      String digest, String signature, boolean superseded) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public SignOff {
        Ids.require(id, Message.of("domain.what.signoff"));
        Ids.require(setId, Message.of("domain.what.signoff.set", id));
        Ids.require(documentId, Message.of("domain.what.signoff.document", id));
        if (reviewer == null || reviewer.isBlank()) {
            throw new DomainException(Message.of("domain.signoff.no.reviewer", id));
        }
        if (publicKey == null || publicKey.isBlank() || signature == null || signature.isBlank()) {
            throw new DomainException(Message.of("domain.signoff.no.key", id));
        }
        if (signedAt == null) {
            throw new DomainException(Message.of("domain.signoff.no.time", id));
        }
        if (digest == null || !SHA256.matcher(digest).matches()) {
            throw new DomainException(Message.of("domain.signoff.bad.digest", id, digest));
        }
    }

    public SignOff asSuperseded() {
        return new SignOff(id, setId, documentId, reviewer, publicKey, signedAt, digest, signature, true);
    }
}
