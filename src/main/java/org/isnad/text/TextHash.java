package org.isnad.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hash of the stored text, so annotations and bundles can prove which text they point into. */
public final class TextHash {

    private TextHash() {
    }

    /** Lowercase hex SHA-256 of the UTF-8 bytes; matches `sha256sum` of the stored file. */
    public static String sha256Hex(String storedText) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(storedText.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
