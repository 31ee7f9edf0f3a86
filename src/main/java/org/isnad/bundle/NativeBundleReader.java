package org.isnad.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.ClaimType;
import org.isnad.domain.Commitment;
import org.isnad.domain.CueMark;
import org.isnad.domain.Document;
import org.isnad.domain.DomainException;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.Polarity;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.QuoteType;
import org.isnad.domain.SetKind;
import org.isnad.domain.SetState;
import org.isnad.domain.SignOff;
import org.isnad.domain.VerdictKind;
import org.isnad.domain.Span;
import org.isnad.domain.SpanAttributes;
import org.isnad.domain.SpeakerMention;
import org.isnad.message.Message;
import org.isnad.service.Library;
import org.isnad.text.CodePointIndex;
import org.isnad.text.TextHash;

/**
 * Reads a native bundle into {@link IncomingWork}, checking everything that can be checked without
 * the database: hashes and format version (through {@link BundleVerifier}), the JSON of every entry
 * against the format, texts against their SHA-256, every span against its text (inside it, on
 * grapheme boundaries, UTF-16 and code-point offsets agreeing, the quoted text matching) and every
 * link against its set. The first problem refuses the bundle.
 */
final class NativeBundleReader {
    private static final Set<String> DOCUMENT_FIELDS = Set.of("id", "title", "sourceUrl", "outlet", "publishedDate",
            "language", "sha256", "importedAt", "utf16Length", "codePointLength");
    private static final Set<String> ACTOR_FIELDS = Set.of("id", "canonicalName", "latinName", "aliases", "kind", "role",
            "wikidataId");
    private static final Set<String> SET_FIELDS = Set.of("id", "documentId", "annotator", "kind", "createdAt", "review",
            "spans", "links");
    private static final Set<String> SPAN_FIELDS = Set.of("id", "layer", "start", "end", "startCodePoint", "endCodePoint",
            "text", "note", "attributes");
    private static final Set<String> LINK_FIELDS = Set.of("id", "type", "from", "to");
    private static final Set<String> REVIEW_FIELDS = Set.of("state", "verdicts", "signOffs");
    private static final Set<String> VERDICT_FIELDS = Set.of("spanId", "kind", "comment", "reviewer", "at");
    private static final Set<String> SIGN_OFF_FIELDS = Set.of("id", "reviewer", "publicKey", "signedAt", "digest", "signature",
            "superseded");
    private static final Set<String> EVENT_FIELDS = Set.of("setId", "user", "at", "action", "description", "before", "after");
    private static final Map<Layer, Set<String>> ATTRIBUTE_FIELDS = Map.of(
            Layer.SPEAKER, Set.of("actorId"),
            Layer.CUE, Set.of(),
            Layer.QUOTE, Set.of("type", "implicitSpeakerActorId"),
            Layer.CLAIM, Set.of("normalizedText", "claimantActorId", "polarity", "commitment", "claimType",
                    "checkWorthiness", "topic", "verdict"));

    private final BundleLimits limits;

    NativeBundleReader(BundleLimits limits) {
        this.limits = limits;
    }

    IncomingWork read(Path file) {
        return read(new BundleVerifier(limits).openChecked(file));
    }

    /** Reads a bundle that is already open (and, for an import, checked). */
    IncomingWork read(OpenedBundle bundle) {
        Map<String, byte[]> entries = bundle.entries();
        List<Actor> actors = actors(entries.get(EntryNames.ACTORS));
        Map<Integer, List<String>> setsByDocument = new TreeMap<>();
        Set<Integer> documents = new java.util.TreeSet<>();
        for (String name : entries.keySet()) {
            Matcher m = EntryNames.SET.matcher(name);
            if (m.matches()) {
                setsByDocument.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(name);
            }
            if (bundle.manifest().version() < 3 && EntryNames.sinceVersion3(name)) {
                throw new BundleRefusal(name, Message.of("bundle.native.entryNewer", bundle.manifest().version()));
            }
            for (var pattern : List.of(EntryNames.DOCUMENT, EntryNames.TEXT, EntryNames.AUDIT, EntryNames.SET,
                    EntryNames.ASSIGNMENT)) {
                Matcher d = pattern.matcher(name);
                if (d.matches()) {
                    documents.add(Integer.parseInt(d.group(1)));
                }
            }
        }
        List<IncomingWork.Incoming> incoming = new ArrayList<>();
        Set<String> documentIds = new HashSet<>();
        Set<String> shas = new HashSet<>();
        Set<String> setIds = new HashSet<>();
        Set<String> spanIds = new HashSet<>();
        Set<String> linkIds = new HashSet<>();
        Map<String, Span> spans = new java.util.HashMap<>();
        for (int n : documents) {
            byte[] documentJson = entries.get(EntryNames.document(n));
            if (documentJson == null) {
                throw new BundleRefusal(EntryNames.document(n), Message.of("bundle.native.documentMissing", n));
            }
            byte[] textBytes = entries.get(EntryNames.text(n));
            if (textBytes == null) {
                throw new BundleRefusal(EntryNames.text(n), Message.of("bundle.native.textMissing", n));
            }
            String text = text(textBytes, EntryNames.text(n));
            Document document = document(documentJson, EntryNames.document(n), text);
            if (!documentIds.add(document.id())) {
                throw new BundleRefusal(EntryNames.document(n), Message.of("bundle.native.documentTwice", document.id()));
            }
            if (!shas.add(document.sha256())) {
                throw new BundleRefusal(EntryNames.document(n), Message.of("bundle.native.textTwice"));
            }
            List<String> setEntries = new ArrayList<>(setsByDocument.getOrDefault(n, List.of()));
            setEntries.sort(java.util.Comparator.comparingInt(NativeBundleReader::setNumber));
            List<AnnotationSet> sets = new ArrayList<>();
            Map<String, List<SignOff>> signOffs = new TreeMap<>();
            for (String entry : setEntries) {
                AnnotationSet set = set(entries.get(entry), entry, document, signOffs);
                if (!setIds.add(set.id())) {
                    throw new BundleRefusal(entry, Message.of("bundle.native.setTwice", set.id()));
                }
                for (Span s : set.spans()) {
                    if (!spanIds.add(s.id())) {
                        throw new BundleRefusal(entry, Message.of("bundle.native.spanTwice", s.id()));
                    }
                    spans.put(s.id(), s);
                }
                for (Link l : set.links()) {
                    if (!linkIds.add(l.id())) {
                        throw new BundleRefusal(entry, Message.of("bundle.native.linkTwice", l.id()));
                    }
                }
                sets.add(set);
            }
            byte[] audit = entries.get(EntryNames.audit(n));
            List<AuditEvent> events = audit == null ? List.of() : audit(audit, EntryNames.audit(n), document.id());
            byte[] assigned = entries.get(EntryNames.assignment(n));
            org.isnad.domain.Assignment assignment = assigned == null ? null
                    : AssignmentEntry.read(assigned, EntryNames.assignment(n), limits, document.id());
            incoming.add(new IncomingWork.Incoming(document, sets, events, EntryNames.document(n), signOffs, assignment));
        }
        byte[] claims = entries.get(EntryNames.CLAIMS);
        return new IncomingWork(actors, incoming, List.of(),
                claims == null ? List.of() : ClaimsEntry.read(claims, limits, spans));
    }

    private static int setNumber(String entry) {
        Matcher m = EntryNames.SET.matcher(entry);
        return m.matches() ? Integer.parseInt(m.group(2)) : 0;
    }

    private JsonNode json(byte[] bytes, String entry) {
        return BundleJson.parse(bytes, entry, limits.maxJsonDepth());
    }

    private List<Actor> actors(byte[] bytes) {
        String entry = EntryNames.ACTORS;
        JsonFields root = JsonFields.of(json(bytes, entry), entry, "the actor list", Set.of("actors"));
        List<Actor> actors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonFields a : root.objects("actors", ACTOR_FIELDS)) {
            Actor actor = domain(a, () -> new Actor(a.text("id"), a.text("canonicalName"), a.optionalText("latinName"),
                    a.texts("aliases"), a.enumValue("kind", ActorKind.class), a.optionalText("role"), a.optionalText("wikidataId")));
            if (!ids.add(actor.id())) {
                throw a.refuse(Message.of("bundle.native.actorTwice", actor.id()));
            }
            actors.add(actor);
        }
        return actors;
    }

    private String text(byte[] bytes, String entry) {
        String text = StrictUtf8.decode(bytes, entry);
        int cr = text.indexOf('\r');
        if (cr >= 0) {
            throw new BundleRefusal(entry, Message.of("bundle.text.carriageReturn", cr));
        }
        if (text.length() > Library.MAX_TEXT_CHARS) {
            throw new BundleRefusal(entry, Message.of("bundle.text.tooLong", text.length(), Library.MAX_TEXT_CHARS));
        }
        if (text.isBlank()) {
            throw new BundleRefusal(entry, Message.of("bundle.text.empty"));
        }
        return text;
    }

    private Document document(byte[] bytes, String entry, String text) {
        JsonFields f = JsonFields.of(json(bytes, entry), entry, "the document", DOCUMENT_FIELDS);
        String sha = TextHash.sha256Hex(text);
        if (!f.text("sha256").equals(sha)) {
            throw f.refuse(Message.of("bundle.native.sha", f.text("sha256"), sha));
        }
        if (f.integer("utf16Length") != text.length()) {
            throw f.refuse(Message.of("bundle.native.utf16Length", f.integer("utf16Length"), text.length()));
        }
        int codePoints = new CodePointIndex(text).codePointLength();
        if (f.integer("codePointLength") != codePoints) {
            throw f.refuse(Message.of("bundle.native.codePointLength", f.integer("codePointLength"), codePoints));
        }
        LocalDate published = date(f, "publishedDate");
        return domain(f, () -> new Document(f.text("id"), f.text("title"), f.optionalText("sourceUrl"), f.optionalText("outlet"),
                published, f.text("language"), text, sha, BundleManifest.instant(f, "importedAt")));
    }

    private AnnotationSet set(byte[] bytes, String entry, Document document, Map<String, List<SignOff>> signOffs) {
        JsonFields f = JsonFields.of(json(bytes, entry), entry, "the annotation set", SET_FIELDS);
        if (!f.text("documentId").equals(document.id())) {
            throw f.refuse(Message.of("bundle.native.documentId", f.text("documentId"), document.id()));
        }
        JsonFields review = f.object("review", REVIEW_FIELDS);
        SetState state = review.enumValue("state", SetState.class);
        AnnotationSetInfo info = domain(f, () -> new AnnotationSetInfo(f.text("id"), document.id(), f.text("annotator"),
                f.enumValue("kind", SetKind.class), state, BundleManifest.instant(f, "createdAt")));
        AnnotationSet set = new AnnotationSet(info, document.text());
        CodePointIndex index = new CodePointIndex(document.text());
        for (JsonFields s : f.objects("spans", SPAN_FIELDS)) {
            Layer layer = s.enumValue("layer", Layer.class);
            SpanAttributes attributes = attributes(s.object("attributes", ATTRIBUTE_FIELDS.get(layer)), layer);
            int start = s.integer("start");
            int end = s.integer("end");
            Span span = domain(s, () -> new Span(s.text("id"), layer, start, end, s.optionalText("note"), attributes));
            String where = layer + " " + span.id() + " [" + start + ", " + end + ")";
            if (end > document.text().length()) {
                throw s.refuse(Message.of("bundle.native.pastEnd", where, document.text().length()));
            }
            domain(s, () -> {
                set.checkSpanFits(span);
                return null;
            });
            int startCp = index.toCodePoints(start);
            int endCp = index.toCodePoints(end);
            if (s.integer("startCodePoint") != startCp || s.integer("endCodePoint") != endCp) {
                throw s.refuse(Message.of("bundle.native.codePoints", where, s.integer("startCodePoint"), s.integer("endCodePoint"),
                        startCp, endCp));
            }
            if (!s.text("text").equals(span.textIn(document.text()))) {
                throw s.refuse(Message.of("bundle.native.spanText", where, s.text("text"), span.textIn(document.text())));
            }
            domain(s, () -> {
                set.addSpan(span);
                return null;
            });
        }
        for (JsonFields l : f.objects("links", LINK_FIELDS)) {
            LinkType type = l.enumValue("type", LinkType.class);
            domain(l, () -> {
                set.addLink(new Link(l.text("id"), type, l.text("from"), l.text("to")));
                return null;
            });
        }
        for (JsonFields v : review.objects("verdicts", VERDICT_FIELDS)) {
            if (set.verdict(v.text("spanId")).isPresent()) {
                throw v.refuse(Message.of("bundle.native.twoVerdicts", v.text("spanId")));
            }
            domain(v, () -> {
                // the verdict judged the annotation as it comes in the bundle (it goes stale if that changes here)
                set.putVerdict(set.verdictOn(set.requireSpan(v.text("spanId")), v.enumValue("kind", VerdictKind.class),
                        v.optionalText("comment"), v.text("reviewer"), BundleManifest.instant(v, "at")));
                return null;
            });
        }
        List<SignOff> signed = new ArrayList<>();
        for (JsonFields s : review.objects("signOffs", SIGN_OFF_FIELDS)) {
            signed.add(domain(s, () -> new SignOff(s.text("id"), set.id(), document.id(), s.text("reviewer"), s.text("publicKey"),
                    BundleManifest.instant(s, "signedAt"), s.text("digest"), s.text("signature"), s.bool("superseded"))));
        }
        if (signed.stream().filter(s -> !s.superseded()).count() > 1) {
            throw review.refuse(Message.of("bundle.native.signOffs"));
        }
        signOffs.put(set.id(), signed);
        return set;
    }

    private static SpanAttributes attributes(JsonFields a, Layer layer) {
        return domain(a, () -> switch (layer) {
            case SPEAKER -> new SpeakerMention(a.optionalText("actorId"));
            case CUE -> new CueMark();
            case QUOTE -> new QuoteDetails(a.enumValue("type", QuoteType.class), a.optionalText("implicitSpeakerActorId"));
            case CLAIM -> new ClaimDetails(a.optionalText("normalizedText"), a.optionalText("claimantActorId"),
                    a.enumValue("polarity", Polarity.class), a.optionalEnum("commitment", Commitment.class),
                    a.optionalEnum("claimType", ClaimType.class), a.optionalInteger("checkWorthiness"),
                    a.optionalText("topic"), a.optionalText("verdict"));
        });
    }

    private List<AuditEvent> audit(byte[] bytes, String entry, String documentId) {
        JsonFields root = JsonFields.of(json(bytes, entry), entry, "the audit trail", Set.of("events"));
        List<AuditEvent> events = new ArrayList<>();
        for (JsonFields e : root.objects("events", EVENT_FIELDS)) {
            events.add(domain(e, () -> new AuditEvent(0, documentId, e.optionalText("setId"), e.text("user"),
                    BundleManifest.instant(e, "at"), e.text("action"), e.text("description"), e.optionalText("before"),
                    e.optionalText("after"))));
        }
        return events;
    }

    private static LocalDate date(JsonFields f, String name) {
        String value = f.optionalText(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw f.refuse(Message.of("bundle.json.date", name, value));
        }
    }

    /** Runs a model constructor or check, turning a broken rule into a refusal that names the entry. */
    static <T> T domain(JsonFields where, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (DomainException e) {
            throw where.refuse(BundleRefusal.because(e));
        }
    }
}
