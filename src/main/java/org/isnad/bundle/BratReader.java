package org.isnad.bundle;

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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.Document;
import org.isnad.domain.DomainException;
import org.isnad.domain.Ids;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.QuoteType;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;
import org.isnad.service.ImportOptions;
import org.isnad.service.InterchangeException;
import org.isnad.service.Library;
import org.isnad.service.Repositories;
import org.isnad.text.ArabicFolding;
import org.isnad.text.CodePointIndex;
import org.isnad.text.Graphemes;
import org.isnad.text.TextHash;

/**
 * Reads a brat {@code .ann} with the {@code .txt} beside it into one new annotation set of the
 * importing user. Every {@code T} line's text must match the {@code .txt} at its offsets (code
 * points of the file as given, so CRLF files work); discontinuous spans, unknown types and lines
 * Isnad has no use for are refused with their line number. A speaker mention without an {@code N}
 * line is matched to a registered actor by its folded name, else a new actor (a person) is created.
 */
final class BratReader {
    private static final Pattern T_LINE = Pattern.compile("(T[0-9]+)\t(\\S+) ([^\t]*)\t(.*)");
    private static final Pattern OFFSETS = Pattern.compile("([0-9]{1,10}) ([0-9]{1,10})");
    private static final Pattern R_LINE = Pattern.compile("(R[0-9]+)\t(\\S+) Arg1:(T[0-9]+) Arg2:(T[0-9]+)\\s*");
    private static final Pattern A_LINE = Pattern.compile("(A[0-9]+)\t(\\S+) (T[0-9]+)(?: (\\S+))?\\s*");
    private static final Pattern N_LINE = Pattern.compile("(N[0-9]+)\t(\\S+) (T[0-9]+) (\\S+)(?:\t(.*))?");
    private static final Pattern NOTE_LINE = Pattern.compile("(#[0-9]*)\t(\\S+) (T[0-9]+)(?:\t(.*))?");
    private static final Map<String, Layer> LAYERS = Map.of("Speaker", Layer.SPEAKER, "Cue", Layer.CUE,
            "Quote", Layer.QUOTE, "Claim", Layer.CLAIM);
    static final long MAX_ANN_BYTES = 64L << 20;

    private final Repositories repositories;
    private final Clock clock;

    BratReader(Repositories repositories, Clock clock) {
        this.repositories = repositories;
        this.clock = clock;
    }

    /** The {@code .txt} that goes with an {@code .ann}: same name, other extension. */
    static Path textBeside(Path ann) {
        String name = ann.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".ann") ? name.substring(0, name.length() - 4) : name;
        return ann.resolveSibling(base + ".txt");
    }

    private record Mention(String bratId, int line, Span span) {
    }

    IncomingWork read(Path annFile, ImportOptions options, String user) {
        String annName = annFile.getFileName().toString();
        Path txtFile = textBeside(annFile);
        String txtName = txtFile.getFileName().toString();
        String raw = StrictUtf8.decode(readBytes(txtFile, txtName), txtName);
        RawTextMap map = new RawTextMap(raw);
        String text = map.stored();
        if (text.isBlank()) {
            throw new BundleRefusal(txtName, "the text is empty");
        }
        if (text.length() > Library.MAX_TEXT_CHARS) {
            throw new BundleRefusal(txtName, "the text has " + text.length() + " characters; the limit is " + Library.MAX_TEXT_CHARS);
        }
        CodePointIndex rawIndex = new CodePointIndex(raw);
        String ann = StrictUtf8.decode(readBytes(annFile, annName), annName);
        String[] lines = ann.split("\n", -1);

        Document document = new Document(Ids.newId(), Library.titleOf(options, text, txtName), options.sourceUrl(),
                options.outlet(), options.publishedDate(), "ar", text, TextHash.sha256Hex(text), clock.instant());
        AnnotationSet set = new AnnotationSet(AnnotationSetInfo.start(document.id(), user, clock.instant()), text);
        Map<String, Mention> mentions = new LinkedHashMap<>();
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = stripCr(lines[i]);
            int number = i + 1;
            if (line.isBlank()) {
                continue;
            }
            if (!line.startsWith("T")) {
                others.add(i);
                continue;
            }
            Matcher m = T_LINE.matcher(line);
            if (!m.matches()) {
                throw refuse(annName, number, "is not a brat text-bound annotation (Tn<TAB>Type start end<TAB>text)");
            }
            String id = m.group(1);
            Layer layer = LAYERS.get(m.group(2));
            if (layer == null) {
                throw refuse(annName, number, id + " has the type «" + m.group(2) + "»; Isnad knows Speaker, Cue, Quote and Claim");
            }
            if (m.group(3).contains(";")) {
                throw refuse(annName, number, id + " is discontinuous (" + m.group(3) + "); Isnad spans are one stretch of text:"
                        + " split it into separate annotations");
            }
            Matcher o = OFFSETS.matcher(m.group(3));
            if (!o.matches()) {
                throw refuse(annName, number, id + " offsets «" + m.group(3) + "» must be two whole numbers");
            }
            long startCp = Long.parseLong(o.group(1));
            long endCp = Long.parseLong(o.group(2));
            if (endCp > rawIndex.codePointLength() || startCp >= endCp) {
                throw refuse(annName, number, id + " [" + startCp + ", " + endCp + ") is not inside " + txtName + " ("
                        + rawIndex.codePointLength() + " code points) or is empty");
            }
            int rawStart = rawIndex.toUtf16((int) startCp);
            int rawEnd = rawIndex.toUtf16((int) endCp);
            String there = raw.substring(rawStart, rawEnd);
            if (!BratWriter.flat(there).equals(BratWriter.flat(m.group(4)))) {
                throw refuse(annName, number, id + " says «" + m.group(4) + "» but " + txtName + " has «" + BratWriter.flat(there)
                        + "» at [" + startCp + ", " + endCp + ")");
            }
            int start = map.toStored(rawStart);
            int end = map.toStored(rawEnd);
            if (!Graphemes.isBoundary(text, start) || !Graphemes.isBoundary(text, end)) {
                throw refuse(annName, number, id + " [" + startCp + ", " + endCp + ") splits a letter from its marks (a grapheme cluster)");
            }
            if (mentions.containsKey(id)) {
                throw refuse(annName, number, id + " is defined twice");
            }
            Span span = new Span(Ids.newId(), layer, start, end, null, null);
            mentions.put(id, new Mention(id, number, span));
            try {
                set.addSpan(span);
            } catch (DomainException e) {
                throw refuse(annName, number, e.getMessage());
            }
        }

        Map<String, String> references = new HashMap<>();
        Map<String, List<String>> notes = new LinkedHashMap<>();
        List<Actor> newActors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<Integer> linkLines = new ArrayList<>();
        for (int i : others) {
            String line = stripCr(lines[i]);
            int number = i + 1;
            char kind = line.charAt(0);
            if (kind == 'R') {
                Matcher m = R_LINE.matcher(line);
                if (!m.matches()) {
                    throw refuse(annName, number, "is not a brat relation (Rn<TAB>Type Arg1:Tx Arg2:Ty)");
                }
                LinkType type;
                try {
                    type = LinkType.ofBratName(m.group(2));
                } catch (DomainException e) {
                    throw refuse(annName, number, m.group(1) + " has the relation type «" + m.group(2)
                            + "»; Isnad knows AttributedTo, CuedBy, Expresses, NestedIn and ClaimedBy");
                }
                links.add(Link.of(type, mention(mentions, m.group(3), annName, number).span().id(),
                        mention(mentions, m.group(4), annName, number).span().id()));
                linkLines.add(number);
            } else if (kind == 'A') {
                Matcher m = A_LINE.matcher(line);
                if (!m.matches() || !m.group(2).equals("QuoteType")) {
                    throw refuse(annName, number, "Isnad reads one attribute, «QuoteType Tn direct|indirect|mixed»");
                }
                Span quote = mention(mentions, m.group(3), annName, number).span();
                QuoteType type = m.group(4) == null ? null : switch (m.group(4)) {
                    case "direct" -> QuoteType.DIRECT;
                    case "indirect" -> QuoteType.INDIRECT;
                    case "mixed" -> QuoteType.MIXED;
                    default -> null;
                };
                if (type == null || quote.layer() != Layer.QUOTE) {
                    throw refuse(annName, number, "QuoteType must be direct, indirect or mixed, on a Quote");
                }
                replace(set, quote.withAttributes(new QuoteDetails(type, null)));
            } else if (kind == 'N') {
                Matcher m = N_LINE.matcher(line);
                if (!m.matches() || !m.group(2).equals("Reference")) {
                    throw refuse(annName, number, "is not a brat normalization (Nn<TAB>Reference Tx isnad:ID<TAB>name)");
                }
                Mention target = mention(mentions, m.group(3), annName, number);
                if (target.span().layer() != Layer.SPEAKER) {
                    throw refuse(annName, number, "a Reference names the actor of a Speaker, not of a " + target.span().layer());
                }
                String ref = m.group(4);
                if (!ref.startsWith("isnad:")) {
                    warnings.add(annName + " line " + number + ": reference «" + ref + "» is not an Isnad actor; matched by name instead");
                    continue;
                }
                String actorId = ref.substring("isnad:".length());
                if (repositories.actors().find(actorId).isEmpty() && newActors.stream().noneMatch(a -> a.id().equals(actorId))) {
                    String name = m.group(5) == null || m.group(5).isBlank() ? target.span().textIn(text) : m.group(5);
                    try {
                        newActors.add(new Actor(actorId, name, null, List.of(), ActorKind.PERSON, null, null));
                    } catch (DomainException e) {
                        throw refuse(annName, number, e.getMessage());
                    }
                }
                references.put(target.span().id(), actorId);
            } else if (kind == '#') {
                Matcher m = NOTE_LINE.matcher(line);
                if (!m.matches() || !m.group(2).equals("AnnotatorNotes")) {
                    throw refuse(annName, number, "is not a brat note (#n<TAB>AnnotatorNotes Tx<TAB>note)");
                }
                String spanId = mention(mentions, m.group(3), annName, number).span().id();
                notes.computeIfAbsent(spanId, k -> new ArrayList<>()).add(m.group(4) == null ? "" : m.group(4));
            } else {
                throw refuse(annName, number, "Isnad reads T, R, A, N and # lines, not «" + abbreviate(line) + "»");
            }
        }
        Map<String, Actor> byFoldedName = new HashMap<>();
        List<Actor> registered = repositories.actors().all();
        for (Span s : set.spans()) {
            if (s.layer() != Layer.SPEAKER) {
                continue;
            }
            String actorId = references.get(s.id());
            if (actorId == null) {
                String name = s.textIn(text).strip();
                String folded = ArabicFolding.foldQuery(name);
                Actor actor = byFoldedName.computeIfAbsent(folded, f -> matchByName(registered, f).orElseGet(() -> {
                    Actor created = Actor.create(name, ActorKind.PERSON, null);
                    newActors.add(created);
                    return created;
                }));
                actorId = actor.id();
            }
            replace(set, s.withAttributes(new SpeakerMention(actorId)));
        }
        for (Map.Entry<String, List<String>> note : notes.entrySet()) {
            Span s = set.requireSpan(note.getKey());
            replace(set, s.withNote(String.join("\n", note.getValue())));
        }
        for (int i = 0; i < links.size(); i++) {
            try {
                set.addLink(links.get(i));
            } catch (DomainException e) {
                throw refuse(annName, linkLines.get(i), e.getMessage());
            }
        }
        // a claim's claimant is the actor of the speaker it is ClaimedBy
        for (Link l : set.links()) {
            if (l.type() == LinkType.CLAIMED_BY) {
                Span claim = set.requireSpan(l.fromSpanId());
                Span speaker = set.requireSpan(l.toSpanId());
                if (claim.attributes() instanceof ClaimDetails c && speaker.attributes() instanceof SpeakerMention m) {
                    replace(set, claim.withAttributes(c.withClaimant(m.actorId())));
                }
            }
        }
        return new IncomingWork(newActors, List.of(new IncomingWork.Incoming(document, List.of(set), List.of(), annName)), warnings);
    }

    private static Optional<Actor> matchByName(List<Actor> actors, String folded) {
        for (Actor a : actors) {
            if (ArabicFolding.foldQuery(a.canonicalName()).equals(folded)
                    || (a.latinName() != null && ArabicFolding.foldQuery(a.latinName()).equals(folded))
                    || a.aliases().stream().anyMatch(alias -> ArabicFolding.foldQuery(alias).equals(folded))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    private static void replace(AnnotationSet set, Span changed) {
        try {
            set.replaceSpan(changed);
        } catch (DomainException e) {
            throw new BundleRefusal("annotation «" + changed.textIn(set.text()) + "»", e.getMessage());
        }
    }

    private static Mention mention(Map<String, Mention> mentions, String id, String ann, int line) {
        Mention m = mentions.get(id);
        if (m == null) {
            throw refuse(ann, line, "refers to " + id + ", which no T line defines");
        }
        return m;
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static String abbreviate(String line) {
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }

    static BundleRefusal refuse(String file, int line, String reason) {
        return new BundleRefusal(file + " line " + line, reason);
    }

    private static byte[] readBytes(Path file, String name) {
        try {
            if (Files.isDirectory(file)) {
                throw new BundleRefusal(name, "is a folder, not a file");
            }
            if (Files.size(file) > MAX_ANN_BYTES) {
                throw new BundleRefusal(name, "is larger than " + MAX_ANN_BYTES + " bytes");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BundleRefusal(name, "no such file" + (name.endsWith(".txt") ? " (brat keeps the text beside the .ann)" : ""));
        } catch (IOException e) {
            throw new InterchangeException(name + ": could not be read: " + e.getMessage(), e);
        }
    }
}
