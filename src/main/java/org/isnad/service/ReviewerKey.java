package org.isnad.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import org.isnad.domain.DomainException;

/**
 * A reviewer's public key with their name: what is exported, imported and trusted. As a file it is
 * a few lines of UTF-8 text:
 *
 * <pre>
 * isnad-public-key 1
 * reviewer: مراجع
 * algorithm: Ed25519
 * key: MCowBQYDK2VwAyEA…
 * fingerprint: 3f1a…
 * </pre>
 */
public record ReviewerKey(String reviewer, String publicKey) {
    public static final String HEADER = "isnad-public-key 1";
    /** Larger files are not public key files; refuse before reading them whole. */
    public static final int MAX_FILE_BYTES = 16 * 1024;

    public ReviewerKey {
        if (reviewer == null || reviewer.isBlank() || reviewer.contains("\n") || reviewer.contains("\r")) {
            throw new DomainException("a public key must carry the reviewer's name on one line");
        }
        reviewer = reviewer.strip();
        try {
            Ed25519.decodePublic(publicKey);
        } catch (IllegalArgumentException e) {
            throw new DomainException("the public key of " + reviewer + " is not an Ed25519 key");
        }
        publicKey = publicKey.strip();
    }

    /** SHA-256 (hex) of the key's encoding: how people compare keys by eye (the first 16 digits are usually enough). */
    public String fingerprint() {
        return fingerprint(publicKey);
    }

    public static String fingerprint(String publicKeyBase64) {
        try {
            byte[] der = Base64.getDecoder().decode(publicKeyBase64.strip());
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } catch (IllegalArgumentException e) {
            return "(not base64)";
        }
    }

    public String toText() {
        return HEADER + "\nreviewer: " + reviewer + "\nalgorithm: " + Ed25519.ALGORITHM + "\nkey: " + publicKey
                + "\nfingerprint: " + fingerprint() + "\n";
    }

    public byte[] toBytes() {
        return toText().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads an exported key file; {@code origin} names it in messages. */
    public static ReviewerKey parse(String text, String origin) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = body.replace("\r\n", "\n").split("\n");
        if (lines.length == 0 || !lines[0].strip().equals(HEADER)) {
            throw new DomainException(origin + " is not an Isnad public key file (it should start with «" + HEADER + "»)");
        }
        String reviewer = null;
        String algorithm = null;
        String key = null;
        String fingerprint = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new DomainException(origin + " line " + (i + 1) + ": expected «name: value», got «" + line + "»");
            }
            String name = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (name) {
                case "reviewer" -> reviewer = value;
                case "algorithm" -> algorithm = value;
                case "key" -> key = value;
                case "fingerprint" -> fingerprint = value;
                default -> throw new DomainException(origin + " line " + (i + 1) + ": unknown field «" + name + "»");
            }
        }
        if (reviewer == null || key == null) {
            throw new DomainException(origin + " lacks the reviewer's name or the key");
        }
        if (algorithm != null && !algorithm.equals(Ed25519.ALGORITHM)) {
            throw new DomainException(origin + " holds a " + algorithm + " key; Isnad signs with " + Ed25519.ALGORITHM);
        }
        ReviewerKey parsed = new ReviewerKey(reviewer, key);
        if (fingerprint != null && !fingerprint.equalsIgnoreCase(parsed.fingerprint())) {
            throw new DomainException(origin + ": the fingerprint does not match the key; the file was damaged or altered");
        }
        return parsed;
    }
}
