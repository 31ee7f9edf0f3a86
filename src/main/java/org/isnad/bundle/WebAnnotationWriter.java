package org.isnad.bundle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.Document;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;

/**
 * W3C Web Annotation JSON-LD, held to the W3C's own test suite for the data model
 * ({@code WebAnnotationSuiteTest}): one {@code AnnotationCollection} ({@code first} and {@code last}
 * name its one page, which has its {@code id}, {@code partOf} and {@code startIndex}) whose page holds,
 * for each annotation, one tagging its layer (speaker, cue, quote, claim) whose target is the document
 * text ({@code urn:isnad:text:sha256:<hex>}, {@code language: ar}, {@code textDirection: rtl}) with a
 * TextQuoteSelector and a TextPositionSelector in code points; a discontinuous annotation has one such
 * target per stretch. Each link is a {@code linking} annotation from one annotation to the other, tagged
 * with the relation. Every annotation has its creator (the annotator, {@code urn:isnad:user:NAME}), the
 * generator (Isnad and its version) and {@code created} (and {@code modified} when it changed since), from
 * {@link AnnotationTimes}. Tag bodies are {@code text/plain} in English, the vocabulary they come from.
 */
final class WebAnnotationWriter {
    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** The language of the tag values (speaker, quote, direct, AttributedTo …): Isnad's English vocabulary. */
    private static final String VOCABULARY_LANGUAGE = "en";
    /** A note's language is not recorded: "undetermined" in BCP 47. */
    private static final String NOTE_LANGUAGE = "und";

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

    /** A user's IRI: the name percent-encoded (UTF-8), so that any name makes a valid IRI. */
    static String userIri(String user) {
        return "urn:isnad:user:" + URLEncoder.encode(user, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static byte[] write(StoredWork work) {
        ObjectNode collection = BundleJson.object();
        collection.put("@context", CONTEXT);
        StringBuilder identity = new StringBuilder();
        ArrayNode items = BundleJson.array();
        for (StoredWork.Item item : work.documents()) {
            identity.append(item.document().sha256()).append('\n');
            AnnotationTimes times = AnnotationTimes.of(item.audit());
            for (AnnotationSet set : item.sets()) {
                identity.append(set.id()).append('\n');
                annotate(item.document(), set, times, items);
            }
        }
        String id = "urn:isnad:collection:sha256:" + Digests.sha256Hex(identity.toString().getBytes(StandardCharsets.UTF_8));
        String pageId = id + ":page:1";
        collection.put("id", id);
        collection.put("type", "AnnotationCollection");
        collection.put("label", "Isnad annotations");
        collection.put("total", items.size());
        collection.put("last", pageId);
        ObjectNode page = collection.putObject("first");
        page.put("id", pageId);
        page.put("type", "AnnotationPage");
        page.put("partOf", id);
        page.put("startIndex", 0);
        page.set("items", items);
        return BundleJson.bytes(collection);
    }

    private static void annotate(Document document, AnnotationSet set, AnnotationTimes times, ArrayNode items) {
        String text = document.text();
        TextAnchor context = new TextAnchor(text);
        Stretches stretches = Stretches.of(set);
        for (List<Span> annotation : stretches.annotations()) {
            Span s = annotation.get(0);
            ObjectNode a = items.addObject();
            a.put("id", annotationIri(s.id()));
            a.put("type", "Annotation");
            a.put("motivation", "tagging");
            provenance(a, set, annotation.stream().map(x -> times.of(x.id(), set.info().createdAt()))
                    .reduce(AnnotationTimes.Times::with).orElseThrow());
            ArrayNode body = a.putArray("body");
            tag(body, "tagging", s.layer().key(), VOCABULARY_LANGUAGE);
            if (s.attributes() instanceof QuoteDetails q) {
                tag(body, "classifying", q.type().name().toLowerCase(Locale.ROOT), VOCABULARY_LANGUAGE);
                if (q.implicitSpeakerActorId() != null) {
                    reference(body, "identifying", actorIri(q.implicitSpeakerActorId()));
                }
            } else if (s.attributes() instanceof SpeakerMention m && m.actorId() != null) {
                reference(body, "identifying", actorIri(m.actorId()));
            } else if (s.attributes() instanceof ClaimDetails c) {
                if (c.normalizedText() != null) {
                    tag(body, "describing", c.normalizedText(), document.language()).put("textDirection", "rtl");
                }
                if (c.claimantActorId() != null) {
                    reference(body, "identifying", actorIri(c.claimantActorId()));
                }
            }
            for (Span stretch : annotation) {
                if (stretch.note() != null) {
                    tag(body, "commenting", stretch.note(), NOTE_LANGUAGE).put("textDirection", "auto");
                }
            }
            if (annotation.size() == 1) {
                a.set("target", target(document, s, context));
            } else {
                ArrayNode targets = a.putArray("target");
                annotation.forEach(stretch -> targets.add(target(document, stretch, context)));
            }
        }
        // the stretches' own joins are the targets above; a relation of any stretch is its annotation's
        Set<List<String>> written = new HashSet<>();
        for (Link l : set.links().stream().sorted(Comparator.comparing(Link::id)).toList()) {
            String from = stretches.firstOf(l.fromSpanId());
            String to = stretches.firstOf(l.toSpanId());
            if (l.type() == LinkType.CONTINUES || !written.add(List.of(l.type().name(), from, to))) {
                continue;
            }
            ObjectNode a = items.addObject();
            a.put("id", "urn:isnad:link:" + l.id());
            a.put("type", "Annotation");
            a.put("motivation", "linking");
            provenance(a, set, times.of(l.id(), set.info().createdAt()));
            ArrayNode body = a.putArray("body");
            tag(body, "tagging", l.type().bratName(), VOCABULARY_LANGUAGE);
            reference(body, "linking", annotationIri(to));
            a.put("target", annotationIri(from));
        }
    }

    /** Who made it (the annotator), with what (Isnad), and when. */
    private static void provenance(ObjectNode a, AnnotationSet set, AnnotationTimes.Times times) {
        ObjectNode creator = a.putObject("creator");
        creator.put("id", userIri(set.info().annotator()));
        creator.put("type", "Person");
        creator.put("name", set.info().annotator());
        creator.put("nickname", set.info().annotator());
        a.put("created", times.created().toString());
        if (times.modified() != null) {
            a.put("modified", times.modified().toString());
        }
        ObjectNode generator = a.putObject("generator");
        generator.put("id", "urn:isnad:software:" + ProgramVersion.number());
        generator.put("type", "Software");
        generator.put("name", ProgramVersion.current());
        generator.put("nickname", "isnad");
    }

    private static ObjectNode target(Document document, Span s, TextAnchor context) {
        String text = document.text();
        ObjectNode target = BundleJson.object();
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
        return target;
    }

    private static ObjectNode tag(ArrayNode body, String purpose, String value, String language) {
        ObjectNode b = body.addObject();
        b.put("type", "TextualBody");
        b.put("purpose", purpose);
        b.put("value", value);
        b.put("format", "text/plain");
        b.put("language", language);
        return b;
    }

    private static void reference(ArrayNode body, String purpose, String iri) {
        ObjectNode b = body.addObject();
        b.put("type", "SpecificResource");
        b.put("purpose", purpose);
        b.put("source", iri);
    }
}
