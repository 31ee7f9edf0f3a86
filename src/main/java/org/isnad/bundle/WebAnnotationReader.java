package org.isnad.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.Document;
import org.isnad.domain.DomainException;
import org.isnad.domain.Ids;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.Polarity;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.QuoteType;
import org.isnad.domain.Span;
import org.isnad.domain.SpanAttributes;
import org.isnad.domain.SpeakerMention;
import org.isnad.service.ImportOptions;
import org.isnad.service.InterchangeException;
import org.isnad.service.Library;
import org.isnad.service.Repositories;
import org.isnad.text.ImportedText;
import org.isnad.text.TextDecodingException;
import org.isnad.text.TextHash;
import org.isnad.text.TextRange;

/**
 * Reads W3C Web Annotation JSON-LD (a collection, a page, an array or one annotation) for a given
 * text. Each annotation tagged speaker, cue, quote or claim becomes a span, anchored by
 * {@link TextAnchor}; {@code linking} annotations become links. What cannot be anchored or linked
 * is not imported and is listed in the report, annotation by annotation. Annotations are grouped
 * into one new set per creator (the importing user when none is named).
 */
final class WebAnnotationReader {
    static final long MAX_BYTES = 256L << 20;
    private static final String ACTOR = "urn:isnad:actor:";

    private final Repositories repositories;
    private final Clock clock;
    private final BundleLimits limits;

    WebAnnotationReader(Repositories repositories, Clock clock, BundleLimits limits) {
        this.repositories = repositories;
        this.clock = clock;
        this.limits = limits;
    }

    IncomingWork read(Path jsonFile, Path textFile, ImportOptions options, String user) {
        if (textFile == null) {
            throw new InterchangeException(jsonFile.getFileName() + ": W3C annotations point into a text; name it with --text FILE");
        }
        String jsonName = jsonFile.getFileName().toString();
        String textName = textFile.getFileName().toString();
        String text;
        try {
            text = ImportedText.decode(read(textFile, textName));
        } catch (TextDecodingException e) {
            throw new BundleRefusal(textName, e.getMessage());
        }
        if (text.isBlank()) {
            throw new BundleRefusal(textName, "the text is empty");
        }
        if (text.length() > Library.MAX_TEXT_CHARS) {
            throw new BundleRefusal(textName, "the text has " + text.length() + " characters; the limit is " + Library.MAX_TEXT_CHARS);
        }
        JsonNode root = BundleJson.parse(read(jsonFile, jsonName), jsonName, 2 * limits.maxJsonDepth());
        List<JsonNode> annotations = annotations(root, jsonName);
        String sha = TextHash.sha256Hex(text);
        String iri = WebAnnotationWriter.textIri(sha);
        boolean anyForThisText = annotations.stream().anyMatch(a -> iri.equals(sourceOf(a.get("target"))));
        Document document = new Document(Ids.newId(), Library.titleOf(options, text, textName), options.sourceUrl(),
                options.outlet(), options.publishedDate(), "ar", text, sha, clock.instant());

        TextAnchor anchor = new TextAnchor(text);
        List<String> warnings = new ArrayList<>();
        Map<String, AnnotationSet> sets = new LinkedHashMap<>();
        Map<String, Span> spansByIri = new HashMap<>();
        Map<String, AnnotationSet> setOfIri = new HashMap<>();
        List<JsonNode> linking = new ArrayList<>();
        for (int i = 0; i < annotations.size(); i++) {
            JsonNode a = annotations.get(i);
            String name = a.path("id").isTextual() ? a.get("id").asText() : "annotation #" + (i + 1);
            if (isLinking(a)) {
                linking.add(a);
                continue;
            }
            String source = sourceOf(a.get("target"));
            if (anyForThisText && !iri.equals(source)) {
                warnings.add(name + ": not anchored: it annotates another text (" + source + ")");
                continue;
            }
            Layer layer = layerOf(a);
            if (layer == null) {
                warnings.add(name + ": not anchored: it has no tagging body speaker, cue, quote or claim");
                continue;
            }
            JsonNode position = selector(a.get("target"), "TextPositionSelector");
            JsonNode quote = selector(a.get("target"), "TextQuoteSelector");
            TextAnchor.Result found = anchor.anchor(intOrNull(position, "start"), intOrNull(position, "end"),
                    textOrNull(quote, "exact"), textOrNull(quote, "prefix"), textOrNull(quote, "suffix"));
            if (!found.found()) {
                warnings.add(name + ": not anchored: " + found.problem());
                continue;
            }
            TextRange r = found.range();
            String annotator = creatorOf(a, user);
            AnnotationSet set = sets.computeIfAbsent(annotator,
                    who -> new AnnotationSet(AnnotationSetInfo.start(document.id(), who, clock.instant()), text));
            try {
                Span span = new Span(Ids.newId(), layer, r.start(), r.end(), commentOf(a), attributes(a, layer, name, warnings));
                set.addSpan(span);
                spansByIri.put(name, span);
                setOfIri.put(name, set);
            } catch (DomainException e) {
                warnings.add(name + ": not imported: " + e.getMessage());
            }
        }
        for (JsonNode a : linking) {
            String name = a.path("id").isTextual() ? a.get("id").asText() : "a linking annotation";
            String relation = null;
            String to = null;
            for (JsonNode b : bodies(a)) {
                if (b.isObject() && "tagging".equals(b.path("purpose").asText()) && b.path("value").isTextual()) {
                    relation = b.get("value").asText();
                } else if (b.isObject() && b.path("source").isTextual()) {
                    to = b.get("source").asText();
                } else if (b.isTextual()) {
                    to = b.asText();
                }
            }
            String from = idOf(a.get("target"));
            LinkType type = linkType(relation);
            if (type == null) {
                warnings.add(name + ": link not imported: relation «" + relation + "» is not AttributedTo, CuedBy, Expresses, NestedIn or ClaimedBy");
                continue;
            }
            Span fromSpan = from == null ? null : spansByIri.get(from);
            Span toSpan = to == null ? null : spansByIri.get(to);
            if (fromSpan == null || toSpan == null || setOfIri.get(from) != setOfIri.get(to)) {
                warnings.add(name + ": link not imported: " + (fromSpan == null ? from : to) + " was not anchored"
                        + (fromSpan != null && toSpan != null ? " in the same annotation set" : ""));
                continue;
            }
            try {
                setOfIri.get(from).addLink(Link.of(type, fromSpan.id(), toSpan.id()));
            } catch (DomainException e) {
                warnings.add(name + ": link not imported: " + e.getMessage());
            }
        }
        List<AnnotationSet> kept = sets.values().stream().filter(s -> !s.spans().isEmpty()).toList();
        return new IncomingWork(List.of(), List.of(new IncomingWork.Incoming(document, kept, List.of(), jsonName)), warnings);
    }

    private static List<JsonNode> annotations(JsonNode root, String file) {
        List<JsonNode> list = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(list::add);
            return list;
        }
        String type = root.path("type").asText("");
        if (type.equals("AnnotationCollection")) {
            JsonNode first = root.get("first");
            if (first == null) {
                return list;
            }
            if (!first.isObject()) {
                throw new BundleRefusal(file, "the collection's pages are given by reference; Isnad reads a collection with its first page inside");
            }
            first.path("items").forEach(list::add);
            return list;
        }
        if (type.equals("AnnotationPage")) {
            root.path("items").forEach(list::add);
            return list;
        }
        if (type.equals("Annotation")) {
            list.add(root);
            return list;
        }
        throw new BundleRefusal(file, "is not W3C Web Annotation JSON-LD (an AnnotationCollection, AnnotationPage, Annotation or an array of them)");
    }

    private static boolean isLinking(JsonNode a) {
        JsonNode m = a.get("motivation");
        if (m == null) {
            return false;
        }
        if (m.isArray()) {
            for (JsonNode x : m) {
                if ("linking".equals(x.asText())) {
                    return true;
                }
            }
            return false;
        }
        return "linking".equals(m.asText());
    }

    private static List<JsonNode> bodies(JsonNode a) {
        List<JsonNode> list = new ArrayList<>();
        JsonNode body = a.get("body");
        if (body == null) {
            return list;
        }
        if (body.isArray()) {
            body.forEach(list::add);
        } else {
            list.add(body);
        }
        return list;
    }

    private static Layer layerOf(JsonNode a) {
        for (JsonNode b : bodies(a)) {
            if (b.isObject() && "tagging".equals(b.path("purpose").asText()) && b.path("value").isTextual()) {
                String v = b.get("value").asText().toLowerCase(Locale.ROOT);
                for (Layer l : Layer.values()) {
                    if (l.key().equals(v)) {
                        return l;
                    }
                }
            }
        }
        return null;
    }

    private SpanAttributes attributes(JsonNode a, Layer layer, String name, List<String> warnings) {
        String actor = null;
        String classifying = null;
        String describing = null;
        for (JsonNode b : bodies(a)) {
            String purpose = b.path("purpose").asText("");
            if (purpose.equals("identifying") && b.path("source").asText("").startsWith(ACTOR)) {
                String id = b.get("source").asText().substring(ACTOR.length());
                if (repositories.actors().find(id).isPresent()) {
                    actor = id;
                } else {
                    warnings.add(name + ": actor " + id + " is not in this database; the annotation is kept without it");
                }
            } else if (purpose.equals("classifying") && b.path("value").isTextual()) {
                classifying = b.get("value").asText();
            } else if (purpose.equals("describing") && b.path("value").isTextual()) {
                describing = b.get("value").asText();
            }
        }
        return switch (layer) {
            case SPEAKER -> new SpeakerMention(actor);
            case CUE -> SpanAttributes.initial(Layer.CUE);
            case QUOTE -> new QuoteDetails(quoteType(classifying), actor);
            case CLAIM -> new ClaimDetails(describing, actor, Polarity.AFFIRMS, null, null, null, null, null);
        };
    }

    private static QuoteType quoteType(String value) {
        if (value != null) {
            for (QuoteType t : QuoteType.values()) {
                if (t.name().equalsIgnoreCase(value)) {
                    return t;
                }
            }
        }
        return QuoteType.DIRECT;
    }

    private static String commentOf(JsonNode a) {
        for (JsonNode b : bodies(a)) {
            if ("commenting".equals(b.path("purpose").asText()) && b.path("value").isTextual()) {
                return b.get("value").asText();
            }
        }
        return null;
    }

    private static String creatorOf(JsonNode a, String fallback) {
        JsonNode c = a.get("creator");
        if (c == null) {
            return fallback;
        }
        if (c.isArray() && c.size() > 0) {
            c = c.get(0);
        }
        for (String field : List.of("nickname", "name")) {
            if (c.path(field).isTextual() && !c.get(field).asText().isBlank()) {
                return c.get(field).asText().strip();
            }
        }
        return fallback;
    }

    /** The IRI of what a target points into: its {@code source} (a string or an object's {@code id}) or the target itself. */
    private static String sourceOf(JsonNode target) {
        if (target == null) {
            return null;
        }
        if (target.isArray()) {
            return target.size() == 0 ? null : sourceOf(target.get(0));
        }
        if (target.isTextual()) {
            return target.asText();
        }
        JsonNode source = target.get("source");
        if (source == null) {
            return target.path("id").asText(null);
        }
        return source.isTextual() ? source.asText() : source.path("id").asText(null);
    }

    private static String idOf(JsonNode target) {
        if (target == null) {
            return null;
        }
        if (target.isArray()) {
            return target.size() == 0 ? null : idOf(target.get(0));
        }
        if (target.isTextual()) {
            return target.asText();
        }
        if (target.path("source").isTextual()) {
            return target.get("source").asText();
        }
        return target.path("id").asText(null);
    }

    private static JsonNode selector(JsonNode target, String type) {
        if (target == null) {
            return null;
        }
        if (target.isArray()) {
            for (JsonNode t : target) {
                JsonNode s = selector(t, type);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        JsonNode selectors = target.get("selector");
        if (selectors == null) {
            return null;
        }
        if (!selectors.isArray()) {
            return type.equals(selectors.path("type").asText()) ? selectors : null;
        }
        for (JsonNode s : selectors) {
            if (type.equals(s.path("type").asText())) {
                return s;
            }
        }
        return null;
    }

    private static Integer intOrNull(JsonNode node, String field) {
        return node != null && node.path(field).canConvertToInt() && node.path(field).isIntegralNumber() ? node.get(field).intValue() : null;
    }

    private static String textOrNull(JsonNode node, String field) {
        return node != null && node.path(field).isTextual() ? node.get(field).asText() : null;
    }

    private static LinkType linkType(String relation) {
        if (relation == null) {
            return null;
        }
        for (LinkType t : LinkType.values()) {
            if (t.bratName().equals(relation) || t.name().equals(relation)) {
                return t;
            }
        }
        return null;
    }

    private static byte[] read(Path file, String name) {
        try {
            if (Files.isDirectory(file)) {
                throw new BundleRefusal(name, "is a folder, not a file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new BundleRefusal(name, "is larger than " + MAX_BYTES + " bytes");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BundleRefusal(name, "no such file");
        } catch (IOException e) {
            throw new InterchangeException(name + ": could not be read: " + e.getMessage(), e);
        }
    }
}
