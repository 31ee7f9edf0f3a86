package org.isnad.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import org.isnad.domain.DomainException;
import org.isnad.message.Message;

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
            throw new DomainException(Message.of("service.key.name.one.line"));
        }
        reviewer = reviewer.strip();
        try {
            Ed25519.decodePublic(publicKey);
        } catch (IllegalArgumentException e) {
            throw new DomainException(Message.of("service.key.not.ed25519", reviewer), e);
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
            throw new DomainException(Message.of("service.key.file.header", origin, HEADER));
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
                throw new DomainException(Message.of("service.key.file.bad.line", origin, i + 1, line));
            }
            String name = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (name) {
                case "reviewer" -> reviewer = value;
                case "algorithm" -> algorithm = value;
                case "key" -> key = value;
                case "fingerprint" -> fingerprint = value;
                default -> throw new DomainException(Message.of("service.key.file.unknown.field", origin, i + 1, name));
            }
        }
        if (reviewer == null || key == null) {
            throw new DomainException(Message.of("service.key.file.incomplete", origin));
        }
        if (algorithm != null && !algorithm.equals(Ed25519.ALGORITHM)) {
            throw new DomainException(Message.of("service.key.file.algorithm", origin, algorithm, Ed25519.ALGORITHM));
        }
        ReviewerKey parsed = new ReviewerKey(reviewer, key);
        if (fingerprint != null && !fingerprint.equalsIgnoreCase(parsed.fingerprint())) {
            throw new DomainException(Message.of("service.key.file.fingerprint", origin));
        }
        return parsed;
    }
}
