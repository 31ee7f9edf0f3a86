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
import org.isnad.message.Message;
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
            throw new InterchangeException(Message.of("bundle.w3c.needsText", jsonFile.getFileName()));
        }
        String jsonName = jsonFile.getFileName().toString();
        String textName = textFile.getFileName().toString();
        String text;
        try {
            text = ImportedText.decode(read(textFile, textName));
        } catch (TextDecodingException e) {
            throw new BundleRefusal(textName, BundleRefusal.because(e));
        }
        if (text.isBlank()) {
            throw new BundleRefusal(textName, Message.of("bundle.text.empty"));
        }
        if (text.length() > Library.MAX_TEXT_CHARS) {
            throw new BundleRefusal(textName, Message.of("bundle.text.tooLong", text.length(), Library.MAX_TEXT_CHARS));
        }
        JsonNode root = BundleJson.parse(read(jsonFile, jsonName), jsonName, 2 * limits.maxJsonDepth());
        List<JsonNode> annotations = annotations(root, jsonName);
        String sha = TextHash.sha256Hex(text);
        String iri = WebAnnotationWriter.textIri(sha);
        boolean anyForThisText = annotations.stream().anyMatch(a -> iri.equals(WebAnnotationJson.sourceOf(a.get("target"))));
        Document document = new Document(Ids.newId(), Library.titleOf(options, text, textName), options.sourceUrl(),
                options.outlet(), options.publishedDate(), "ar", text, sha, clock.instant());

        TextAnchor anchor = new TextAnchor(text);
        List<Message> warnings = new ArrayList<>();
        Map<String, AnnotationSet> sets = new LinkedHashMap<>();
        Map<String, Span> spansByIri = new HashMap<>();
        Map<String, AnnotationSet> setOfIri = new HashMap<>();
        List<JsonNode> linking = new ArrayList<>();
        for (int i = 0; i < annotations.size(); i++) {
            JsonNode a = annotations.get(i);
            String name = a.path("id").isTextual() ? a.get("id").asText() : "annotation #" + (i + 1);
            if (WebAnnotationJson.isLinking(a)) {
                linking.add(a);
                continue;
            }
            String source = WebAnnotationJson.sourceOf(a.get("target"));
            if (anyForThisText && !iri.equals(source)) {
                warnings.add(Message.of("bundle.w3c.otherText", name, source));
                continue;
            }
            Layer layer = layerOf(a);
            if (layer == null) {
                warnings.add(Message.of("bundle.w3c.noLayer", name));
                continue;
            }
            List<TextRange> ranges = new ArrayList<>();
            List<JsonNode> targets = WebAnnotationJson.targets(a.get("target"));
            Message problem = null;
            for (int t = 0; t < targets.size() && problem == null; t++) {
                JsonNode position = WebAnnotationJson.selector(targets.get(t), "TextPositionSelector");
                JsonNode quote = WebAnnotationJson.selector(targets.get(t), "TextQuoteSelector");
                TextAnchor.Result found = anchor.anchor(WebAnnotationJson.intOrNull(position, "start"),
                        WebAnnotationJson.intOrNull(position, "end"), WebAnnotationJson.textOrNull(quote, "exact"),
                        WebAnnotationJson.textOrNull(quote, "prefix"), WebAnnotationJson.textOrNull(quote, "suffix"));
                if (found.found()) {
                    ranges.add(found.range());
                } else {
                    problem = targets.size() == 1 ? found.problem() : Message.of("bundle.w3c.stretch", t + 1, found.problem());
                }
            }
            if (problem != null) {
                warnings.add(Message.of("bundle.w3c.notAnchored", name, problem));
                continue;
            }
            ranges.sort(java.util.Comparator.comparingInt(TextRange::start));
            String annotator = WebAnnotationJson.creatorOf(a, user);
            AnnotationSet set = sets.computeIfAbsent(annotator,
                    who -> new AnnotationSet(AnnotationSetInfo.start(document.id(), who, clock.instant()), text));
            try {
                // several targets are the stretches of one discontinuous annotation: the first carries it
                Span span = new Span(Ids.newId(), layer, ranges.get(0).start(), ranges.get(0).end(), WebAnnotationJson.commentOf(a),
                        attributes(a, layer, name, warnings));
                List<Span> more = ranges.subList(1, ranges.size()).stream()
                        .map(r -> new Span(Ids.newId(), layer, r.start(), r.end(), null, null)).toList();
                set.addSpan(span);
                more.forEach(set::addSpan);
                more.forEach(m -> set.addLink(Link.of(LinkType.CONTINUES, m.id(), span.id())));
                spansByIri.put(name, span);
                setOfIri.put(name, set);
            } catch (DomainException e) {
                warnings.add(Message.of("bundle.w3c.notImported", name, BundleRefusal.because(e)));
            }
        }
        for (JsonNode a : linking) {
            String name = a.path("id").isTextual() ? a.get("id").asText() : "a linking annotation";
            String relation = null;
            String to = null;
            for (JsonNode b : WebAnnotationJson.bodies(a)) {
                if (b.isObject() && "tagging".equals(b.path("purpose").asText()) && b.path("value").isTextual()) {
                    relation = b.get("value").asText();
                } else if (b.isObject() && b.path("source").isTextual()) {
                    to = b.get("source").asText();
                } else if (b.isTextual()) {
                    to = b.asText();
                }
            }
            String from = WebAnnotationJson.idOf(a.get("target"));
            LinkType type = linkType(relation);
            if (type == null) {
                warnings.add(Message.of("bundle.w3c.unknownRelation", name, relation));
                continue;
            }
            Span fromSpan = from == null ? null : spansByIri.get(from);
            Span toSpan = to == null ? null : spansByIri.get(to);
            if (fromSpan == null || toSpan == null || setOfIri.get(from) != setOfIri.get(to)) {
                warnings.add(fromSpan != null && toSpan != null ? Message.of("bundle.w3c.linkOtherSet", name, to)
                        : Message.of("bundle.w3c.linkEndMissing", name, fromSpan == null ? from : to));
                continue;
            }
            try {
                setOfIri.get(from).addLink(Link.of(type, fromSpan.id(), toSpan.id()));
            } catch (DomainException e) {
                warnings.add(Message.of("bundle.w3c.linkRefused", name, BundleRefusal.because(e)));
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
                throw new BundleRefusal(file, Message.of("bundle.w3c.pagesByReference"));
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
        throw new BundleRefusal(file, Message.of("bundle.w3c.notW3c"));
    }

    private static Layer layerOf(JsonNode a) {
        for (JsonNode b : WebAnnotationJson.bodies(a)) {
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

    private SpanAttributes attributes(JsonNode a, Layer layer, String name, List<Message> warnings) {
        String actor = null;
        String classifying = null;
        String describing = null;
        for (JsonNode b : WebAnnotationJson.bodies(a)) {
            String purpose = b.path("purpose").asText("");
            if (purpose.equals("identifying") && b.path("source").asText("").startsWith(ACTOR)) {
                String id = b.get("source").asText().substring(ACTOR.length());
                if (repositories.actors().find(id).isPresent()) {
                    actor = id;
                } else {
                    warnings.add(Message.of("bundle.w3c.unknownActor", name, id));
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
                throw new BundleRefusal(name, Message.of("bundle.file.folder"));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new BundleRefusal(name, Message.of("bundle.file.tooLarge", MAX_BYTES));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BundleRefusal(name, Message.of("bundle.file.missing"));
        } catch (IOException e) {
            throw new InterchangeException(Message.of("bundle.file.unreadable", name, e.getMessage()), e);
        }
    }
}
