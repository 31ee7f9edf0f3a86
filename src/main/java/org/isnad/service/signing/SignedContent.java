package org.isnad.service.signing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.CueMark;
import org.isnad.domain.Link;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.SignOff;
import org.isnad.domain.Span;
import org.isnad.domain.SpanAttributes;
import org.isnad.domain.SpeakerMention;
import org.isnad.domain.Verdict;

/**
 * What a sign-off covers, as JSON: the document (the SHA-256 of its text) and the annotation set
 * with every span (offsets in UTF-16 code units, layer, attributes, note), link and verdict. Arrays
 * are sorted by id, absent values are left out, times are ISO-8601 UTC to the millisecond (the
 * precision the store keeps). The digest is the SHA-256 of its canonical JSON.
 *
 * <p>Changing this layout invalidates every earlier signature: add a new {@code format} instead.
 */
public final class SignedContent {
    public static final String FORMAT = "isnad-signed-annotations/1";
    public static final String STATEMENT_FORMAT = "isnad-signoff/1";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SignedContent() {
    }

    public static ObjectNode of(String documentSha256, AnnotationSet set) {
        ObjectNode root = JSON.objectNode();
        root.put("format", FORMAT);
        root.put("offsetUnit", "utf16");
        // the document by its text's hash, not its id: ids differ between computers that imported the same text
        root.putObject("document").put("sha256", documentSha256);
        ObjectNode info = root.putObject("set");
        info.put("id", set.id());
        info.put("annotator", set.info().annotator());
        info.put("kind", set.info().kind().name());

        List<Span> spans = new ArrayList<>(set.spans());
        spans.sort(Comparator.comparing(Span::id));
        ArrayNode spanArray = root.putArray("spans");
        for (Span s : spans) {
            ObjectNode o = spanArray.addObject();
            o.put("id", s.id());
            o.put("layer", s.layer().name());
            o.put("start", s.start());
            o.put("end", s.end());
            putIfSet(o, "note", s.note());
            o.set("attributes", attributes(s.attributes()));
        }

        List<Link> links = new ArrayList<>(set.links());
        links.sort(Comparator.comparing(Link::id));
        ArrayNode linkArray = root.putArray("links");
        for (Link l : links) {
            ObjectNode o = linkArray.addObject();
            o.put("id", l.id());
            o.put("type", l.type().name());
            o.put("from", l.fromSpanId());
            o.put("to", l.toSpanId());
        }

        List<Verdict> verdicts = new ArrayList<>(set.verdicts());
        verdicts.sort(Comparator.comparing(Verdict::spanId));
        ArrayNode verdictArray = root.putArray("verdicts");
        for (Verdict v : verdicts) {
            ObjectNode o = verdictArray.addObject();
            o.put("span", v.spanId());
            o.put("verdict", v.kind().name());
            putIfSet(o, "comment", v.comment());
            o.put("reviewer", v.reviewer());
            o.put("at", time(v.at()));
        }
        return root;
    }

    /** SHA-256 (hex) of the canonical JSON of the content. */
    public static String digest(String documentSha256, AnnotationSet set) {
        return sha256Hex(CanonicalJson.bytes(of(documentSha256, set)));
    }

    /**
     * The bytes the reviewer's key signs: canonical JSON binding the content digest (which covers the
     * document text hash) to the set, the reviewer's name and key, and the time, so none of them can
     * be changed afterwards. The local document id is not signed.
     */
    public static byte[] statement(SignOff s) {
        ObjectNode o = JSON.objectNode();
        o.put("format", STATEMENT_FORMAT);
        o.put("setId", s.setId());
        o.put("reviewer", s.reviewer());
        o.put("publicKey", s.publicKey());
        o.put("signedAt", time(s.signedAt()));
        o.put("digest", s.digest());
        return CanonicalJson.bytes(o);
    }

    static JsonNode attributes(SpanAttributes attributes) {
        ObjectNode o = JSON.objectNode();
        if (attributes instanceof SpeakerMention m) {
            putIfSet(o, "actorId", m.actorId());
        } else if (attributes instanceof QuoteDetails q) {
            o.put("quoteType", q.type().name());
            putIfSet(o, "implicitSpeakerActorId", q.implicitSpeakerActorId());
        } else if (attributes instanceof ClaimDetails c) {
            putIfSet(o, "normalizedText", c.normalizedText());
            putIfSet(o, "claimantActorId", c.claimantActorId());
            o.put("polarity", c.polarity().name());
            putIfSet(o, "commitment", c.commitment() == null ? null : c.commitment().name());
            putIfSet(o, "claimType", c.claimType() == null ? null : c.claimType().name());
            if (c.checkWorthiness() != null) {
                o.put("checkWorthiness", c.checkWorthiness());
            }
            putIfSet(o, "topic", c.topic());
            putIfSet(o, "verdict", c.verdict());
        } else if (!(attributes instanceof CueMark)) {
            throw new IllegalStateException("no signed form for " + attributes);
        }
        return o;
    }

    /** Millisecond ISO-8601 UTC; the store keeps milliseconds, so what is re-read signs the same. */
    public static String time(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static void putIfSet(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
