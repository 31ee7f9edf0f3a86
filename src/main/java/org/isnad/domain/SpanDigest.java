package org.isnad.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * A fingerprint of one annotation as it stands: its layer, bounds, note, every attribute, and its
 * outgoing links (type and target annotation: a quote's speaker mention, cue, parent quote, claims; a
 * claim's claimant). A verdict keeps the fingerprint of what the reviewer judged; when the annotation's
 * differs later, the verdict is stale. (Taking a change back makes it fresh again: the annotation is
 * once more what was judged.)
 *
 * <p>Verdicts stored before links were covered (migration V11 to this change) hold the {@link #fieldsOnly}
 * digest. For them the links the reviewer saw are unknown, so {@link #matches} accepts either form: such a
 * verdict goes stale on a change of the annotation's own fields, as it always did, and not on a link change
 * (making every old verdict on a linked annotation stale at upgrade would ask for the whole review again
 * for nothing). The two forms never coincide: the full one always hashes a links part, even an empty one.
 */
public final class SpanDigest {

    private SpanDigest() {
    }

    /** SHA-256 (hex) of the span's fields and its outgoing links among {@code links} (others are ignored). */
    public static String of(Span span, Collection<Link> links) {
        List<String> outgoing = new ArrayList<>();
        for (Link l : links) {
            if (l.fromSpanId().equals(span.id())) {
                outgoing.add(l.type().name() + ">" + l.toSpanId());
            }
        }
        outgoing.sort(null); // the order links were made in does not matter, only which there are
        return sha256(fields(span) + "|links:" + String.join(",", outgoing));
    }

    /** The digest of the span's own fields only: what verdicts stored before links were covered hold. */
    public static String fieldsOnly(Span span) {
        return sha256(fields(span));
    }

    /** Whether {@code digest} (of either form) is the digest of this span with these links. */
    public static boolean matches(String digest, Span span, Collection<Link> links) {
        return digest.equals(of(span, links)) || digest.equals(fieldsOnly(span));
    }

    private static String fields(Span span) {
        return span.layer() + "|" + span.start() + "|" + span.end() + "|" + nullToEmpty(span.note()) + "|" + span.attributes();
    }

    private static String sha256(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
