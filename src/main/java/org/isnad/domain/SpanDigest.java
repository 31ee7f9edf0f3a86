package org.isnad.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A fingerprint of one annotation as it stands: its layer, bounds, note and every attribute. A verdict
 * keeps the fingerprint of what the reviewer judged; when the annotation's differs later, the verdict
 * is stale. (Taking a change back makes it fresh again: the annotation is once more what was judged.)
 */
public final class SpanDigest {

    private SpanDigest() {
    }

    /** SHA-256 (hex) of the span's fields; the same span gives the same digest in every run. */
    public static String of(Span span) {
        String fields = span.layer() + "|" + span.start() + "|" + span.end() + "|" + nullToEmpty(span.note()) + "|"
                + span.attributes();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(fields.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
