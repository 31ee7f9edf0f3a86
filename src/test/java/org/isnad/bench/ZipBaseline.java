package org.isnad.bench;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.Document;
import org.isnad.domain.Link;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.SignOff;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;
import org.isnad.domain.Verdict;
import org.isnad.service.Repositories;
import org.isnad.text.CodePointIndex;

/**
 * The baseline of {@code export_vs_zip_baseline_ratio}: the entries of a one-document bundle, read
 * through the same repositories and written directly: records serialised by one Jackson writer
 * (sorted properties, the bundle's two-space LF indent), a SHA-256 of each entry listed in a manifest,
 * all deflated into a zip at the bundle's level (zlib's default, 6) and written to a file. No tree,
 * no sorted copy, no model checks. {@link #sameEntriesAs} makes sure it is the same work: its entries
 * must be byte for byte those of the bundle.
 */
final class ZipBaseline {
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter lf = new DefaultIndenter("  ", "\n");
        WRITER = JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build()
                .writer(new DefaultPrettyPrinter().withObjectIndenter(lf).withArrayIndenter(lf));
    }

    record DocumentJson(String id, String title, String sourceUrl, String outlet, String publishedDate, String language,
                        String sha256, String importedAt, int utf16Length, int codePointLength) {
    }

    record ActorJson(String id, String canonicalName, String latinName, List<String> aliases, String kind, String role,
                     String wikidataId) {
    }

    record ActorsJson(List<ActorJson> actors) {
    }

    record SpanJson(String id, String layer, int start, int end, int startCodePoint, int endCodePoint, String text, String note,
                    Map<String, Object> attributes) {
    }

    record VerdictJson(String spanId, String kind, String comment, String reviewer, String at) {
    }

    record SignOffJson(String id, String reviewer, String publicKey, String signedAt, String digest, String signature,
                       boolean superseded) {
    }

    record ReviewJson(String state, List<VerdictJson> verdicts, List<SignOffJson> signOffs) {
    }

    record LinkJson(String id, String type, String from, String to) {
    }

    record SetJson(String id, String documentId, String annotator, String kind, String createdAt, ReviewJson review,
                   List<SpanJson> spans, List<LinkJson> links) {
    }

    record EntryJson(String path, String sha256, long size) {
    }

    record ManifestJson(String format, int version, String creator, String program, String created, List<EntryJson> entries) {
    }

    private ZipBaseline() {
    }

    /** Writes the document's bundle entries to {@code out}; returns the entries (without the manifest). */
    static Map<String, byte[]> export(Repositories repositories, String documentId, String creator, Instant created, Path out)
            throws IOException {
        Map<String, byte[]> entries = entries(repositories, documentId);
        List<EntryJson> listed = new ArrayList<>();
        entries.forEach((path, bytes) -> listed.add(new EntryJson(path, sha256(bytes), bytes.length)));
        byte[] manifest = json(new ManifestJson("isnad-bundle", 2, creator, "isnad", created.toString(), listed));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            put(zip, "manifest.json", manifest);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
        }
        Files.write(out, zipped.toByteArray());
        return entries;
    }

    private static Map<String, byte[]> entries(Repositories repositories, String documentId) {
        Document d = repositories.documents().find(documentId).orElseThrow();
        String text = d.text();
        CodePointIndex index = new CodePointIndex(text);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        TreeSet<String> actorIds = new TreeSet<>();
        List<byte[]> sets = new ArrayList<>();
        for (AnnotationSetInfo info : repositories.annotations().setsOf(documentId)) {
            List<Span> spans = new ArrayList<>(repositories.annotations().spansOf(info.id()));
            spans.sort(AnnotationSet.READING_ORDER);
            List<SpanJson> spanJson = new ArrayList<>(spans.size());
            for (Span s : spans) {
                spanJson.add(new SpanJson(s.id(), s.layer().name(), s.start(), s.end(), index.toCodePoints(s.start()),
                        index.toCodePoints(s.end()), text.substring(s.start(), s.end()), s.note(), attributes(s, actorIds)));
            }
            Map<String, Integer> order = new LinkedHashMap<>();
            for (int i = 0; i < spans.size(); i++) {
                order.put(spans.get(i).id(), i);
            }
            List<VerdictJson> verdicts = repositories.reviews().verdictsOf(info.id()).stream()
                    .sorted(Comparator.comparing(Verdict::spanId))
                    .map(v -> new VerdictJson(v.spanId(), v.kind().name(), v.comment(), v.reviewer(), v.at().toString())).toList();
            List<SignOffJson> signOffs = repositories.reviews().signOffsOf(info.id()).stream()
                    .sorted(Comparator.comparing(SignOff::signedAt).thenComparing(SignOff::id))
                    .map(s -> new SignOffJson(s.id(), s.reviewer(), s.publicKey(), s.signedAt().toString(), s.digest(),
                            s.signature(), s.superseded())).toList();
            List<LinkJson> links = repositories.annotations().linksOf(info.id()).stream()
                    .sorted(Comparator.comparing(Link::id))
                    .map(l -> new LinkJson(l.id(), l.type().name(), l.fromSpanId(), l.toSpanId())).toList();
            sets.add(json(new SetJson(info.id(), info.documentId(), info.annotator(), info.kind().name(), info.createdAt().toString(),
                    new ReviewJson(info.state().name(), verdicts, signOffs), spanJson, links)));
        }
        List<ActorJson> actors = new ArrayList<>();
        for (String id : actorIds) {
            Actor a = repositories.actors().find(id).orElseThrow();
            actors.add(new ActorJson(a.id(), a.canonicalName(), a.latinName(), a.aliases(), a.kind().name(), a.role(), a.wikidataId()));
        }
        entries.put("actors.json", json(new ActorsJson(actors)));
        entries.put("documents/1/document.json", json(new DocumentJson(d.id(), d.title(), d.sourceUrl(), d.outlet(),
                d.publishedDate() == null ? null : d.publishedDate().toString(), d.language(), d.sha256(), d.importedAt().toString(),
                text.length(), index.codePointLength())));
        entries.put("documents/1/text.txt", text.getBytes(StandardCharsets.UTF_8));
        for (int m = 0; m < sets.size(); m++) {
            entries.put("documents/1/sets/" + (m + 1) + ".json", sets.get(m));
        }
        return entries;
    }

    /** A span's layer attributes, in key order; collects the actors it names. */
    private static Map<String, Object> attributes(Span s, TreeSet<String> actorIds) {
        Map<String, Object> a = new TreeMap<>();
        if (s.attributes() instanceof SpeakerMention m) {
            a.put("actorId", m.actorId());
            addIfSet(actorIds, m.actorId());
        } else if (s.attributes() instanceof QuoteDetails q) {
            a.put("type", q.type().name());
            a.put("implicitSpeakerActorId", q.implicitSpeakerActorId());
            addIfSet(actorIds, q.implicitSpeakerActorId());
        } else if (s.attributes() instanceof ClaimDetails c) {
            a.put("normalizedText", c.normalizedText());
            a.put("claimantActorId", c.claimantActorId());
            a.put("polarity", c.polarity().name());
            a.put("commitment", c.commitment() == null ? null : c.commitment().name());
            a.put("claimType", c.claimType() == null ? null : c.claimType().name());
            a.put("checkWorthiness", c.checkWorthiness());
            a.put("topic", c.topic());
            a.put("verdict", c.verdict());
            addIfSet(actorIds, c.claimantActorId());
        }
        return a;
    }

    private static void addIfSet(TreeSet<String> ids, String id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private static byte[] json(Object value) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            WRITER.writeValue(out, value);
            out.write('\n');
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Throws unless every entry of the baseline is in the bundle with the same bytes (the manifest aside). */
    static void sameEntriesAs(Map<String, byte[]> baseline, Path bundle) throws IOException {
        try (ZipFile zip = new ZipFile(bundle.toFile(), StandardCharsets.UTF_8)) {
            List<String> names = new ArrayList<>();
            zip.stream().map(ZipEntry::getName).filter(n -> !n.equals("manifest.json")).forEach(names::add);
            if (!names.equals(new ArrayList<>(baseline.keySet()))) {
                throw new IllegalStateException("the baseline writes " + baseline.keySet() + ", the bundle " + names);
            }
            for (Map.Entry<String, byte[]> e : baseline.entrySet()) {
                try (InputStream in = zip.getInputStream(zip.getEntry(e.getKey()))) {
                    if (!java.util.Arrays.equals(in.readAllBytes(), e.getValue())) {
                        throw new IllegalStateException("the baseline's " + e.getKey() + " differs from the bundle's");
                    }
                }
            }
        }
    }
}
