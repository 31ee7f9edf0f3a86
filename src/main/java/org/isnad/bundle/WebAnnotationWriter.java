package org.isnad.bundle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.Document;
import org.isnad.domain.Link;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;

/**
 * W3C Web Annotation JSON-LD: one {@code AnnotationCollection} whose single page holds, for each
 * span, an annotation tagging its layer (speaker, cue, quote, claim) whose target is the document
 * text ({@code urn:isnad:text:sha256:<hex>}, {@code language: ar}, {@code textDirection: rtl}) with
 * a TextQuoteSelector and a TextPositionSelector in code points; and for each link a
 * {@code linking} annotation from one span's annotation to the other's, tagged with the relation.
 */
final class WebAnnotationWriter {
    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    private WebAnnotationWriter() {
    }

    static String textIri(String sha256) {
        return "urn:isnad:text:sha256:" + sha256;
    }

    static String annotationIri(String spanId) {
        return "urn:isnad:annotation:" + spanId;
    }

    static String actorIri(String actorId) {
        return "urn:isnad:actor:" + actorId;
    }

    static byte[] write(StoredWork work) {
        ObjectNode collection = BundleJson.object();
        collection.put("@context", CONTEXT);
        StringBuilder identity = new StringBuilder();
        ArrayNode items = BundleJson.array();
        for (StoredWork.Item item : work.documents()) {
            identity.append(item.document().sha256()).append('\n');
            for (AnnotationSet set : item.sets()) {
                identity.append(set.id()).append('\n');
                annotate(item.document(), set, items);
            }
        }
        collection.put("id", "urn:isnad:collection:sha256:" + Digests.sha256Hex(identity.toString().getBytes(StandardCharsets.UTF_8)));
        collection.put("type", "AnnotationCollection");
        collection.put("label", "Isnad annotations");
        collection.put("total", items.size());
        ObjectNode page = collection.putObject("first");
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        page.set("items", items);
        return BundleJson.bytes(collection);
    }

    private static void annotate(Document document, AnnotationSet set, ArrayNode items) {
        String text = document.text();
        TextAnchor context = new TextAnchor(text);
        for (Span s : set.spans()) {
            ObjectNode a = items.addObject();
            a.put("id", annotationIri(s.id()));
            a.put("type", "Annotation");
            a.put("motivation", "tagging");
            ObjectNode creator = a.putObject("creator");
            creator.put("type", "Person");
            creator.put("nickname", set.info().annotator());
            ArrayNode body = a.putArray("body");
            tag(body, "tagging", s.layer().key());
            if (s.attributes() instanceof QuoteDetails q) {
                tag(body, "classifying", q.type().name().toLowerCase(Locale.ROOT));
                if (q.implicitSpeakerActorId() != null) {
                    reference(body, "identifying", actorIri(q.implicitSpeakerActorId()));
                }
            } else if (s.attributes() instanceof SpeakerMention m && m.actorId() != null) {
                reference(body, "identifying", actorIri(m.actorId()));
            } else if (s.attributes() instanceof ClaimDetails c) {
                if (c.normalizedText() != null) {
                    tag(body, "describing", c.normalizedText()).put("language", document.language());
                }
                if (c.claimantActorId() != null) {
                    reference(body, "identifying", actorIri(c.claimantActorId()));
                }
            }
            if (s.note() != null) {
                tag(body, "commenting", s.note());
            }
            ObjectNode target = a.putObject("target");
            target.put("type", "SpecificResource");
            ObjectNode source = target.putObject("source");
            source.put("id", textIri(document.sha256()));
            source.put("type", "Text");
            source.put("format", "text/plain");
            source.put("language", document.language());
            source.put("textDirection", "rtl");
            ArrayNode selectors = target.putArray("selector");
            ObjectNode quote = selectors.addObject();
            quote.put("type", "TextQuoteSelector");
            quote.put("exact", s.textIn(text));
            quote.put("prefix", context.prefix(s.start()));
            quote.put("suffix", context.suffix(s.end()));
            ObjectNode position = selectors.addObject();
            position.put("type", "TextPositionSelector");
            position.put("start", context.toCodePoints(s.start()));
            position.put("end", context.toCodePoints(s.end()));
        }
        for (Link l : set.links().stream().sorted(Comparator.comparing(Link::id)).toList()) {
            ObjectNode a = items.addObject();
            a.put("id", "urn:isnad:link:" + l.id());
            a.put("type", "Annotation");
            a.put("motivation", "linking");
            ObjectNode creator = a.putObject("creator");
            creator.put("type", "Person");
            creator.put("nickname", set.info().annotator());
            ArrayNode body = a.putArray("body");
            tag(body, "tagging", l.type().bratName());
            reference(body, "linking", annotationIri(l.toSpanId()));
            a.put("target", annotationIri(l.fromSpanId()));
        }
    }

    private static ObjectNode tag(ArrayNode body, String purpose, String value) {
        ObjectNode b = body.addObject();
        b.put("type", "TextualBody");
        b.put("purpose", purpose);
        b.put("value", value);
        return b;
    }

    private static void reference(ArrayNode body, String purpose, String iri) {
        ObjectNode b = body.addObject();
        b.put("type", "SpecificResource");
        b.put("purpose", purpose);
        b.put("source", iri);
    }
}
