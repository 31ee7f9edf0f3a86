package org.isnad.service.signing;

import java.security.KeyPair;
import java.util.List;
import java.util.Optional;

/**
 * The signing keys on this computer: each user's own Ed25519 key pair (made on their first
 * sign-off and kept where only they can read it) and the public keys they trust. Keys made here
 * are trusted here; other reviewers' keys are trusted once imported.
 */
public interface SigningKeys {
    /** The user's key pair, made and stored now if they have none yet. */
    KeyPair keyPairOf(String user);

    /** The user's public key, if they have a key pair. */
    Optional<ReviewerKey> publicKeyOf(String user);

    /** Every trusted public key: imported ones and those of key pairs made here. */
    List<ReviewerKey> trusted();

    /** Adds an imported public key to the trusted ones (importing the same key again changes nothing). */
    void trust(ReviewerKey key);

    default boolean isTrusted(String publicKey) {
        return trusted().stream().anyMatch(k -> k.publicKey().equals(publicKey.strip()));
    }

    /** The user's public key, making the key pair if needed: what {@code keys export} writes. */
    default ReviewerKey exportPublicKey(String user) {
        return new ReviewerKey(user, Ed25519.encode(keyPairOf(user).getPublic()));
    }
}
