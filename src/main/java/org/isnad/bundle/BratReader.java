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
import org.isnad.message.Message;
import org.isnad.service.ImportOptions;
import org.isnad.service.InterchangeException;
import org.isnad.service.Library;
import org.isnad.service.Repositories;
import org.isnad.text.ArabicFolding;
import org.isnad.text.TextHash;
import org.isnad.text.TextRange;

/**
 * Reads a brat {@code .ann} with the {@code .txt} beside it into one new annotation set of the
 * importing user. Every {@code T} line's text must match the {@code .txt} at its offsets (see
 * {@link BratTextBound}); unknown types and lines Isnad has no use for are refused with their line
 * number. A discontinuous annotation becomes one span per stretch, each later stretch joined to the
 * first by a {@link LinkType#CONTINUES} link; the first stretch carries the attributes, notes and
 * relations. A speaker mention without an {@code N} line is matched to a registered actor by its
 * folded name, else a new actor (a person) is created.
 */
final class BratReader {
    private static final Pattern R_LINE = Pattern.compile("(R[0-9]+)\t(\\S+) Arg1:(T[0-9]+) Arg2:(T[0-9]+)\\s*");
    private static final Pattern A_LINE = Pattern.compile("(A[0-9]+)\t(\\S+) (T[0-9]+)(?: (\\S+))?\\s*");
    private static final Pattern N_LINE = Pattern.compile("(N[0-9]+)\t(\\S+) (T[0-9]+) (\\S+)(?:\t(.*))?");
    private static final Pattern NOTE_LINE = Pattern.compile("(#[0-9]*)\t(\\S+) (T[0-9]+)(?:\t(.*))?");
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

    /** A {@code T} line's annotation: its first stretch's span carries it. */
    private record Mention(String bratId, int line, Span span) {
    }

    IncomingWork read(Path annFile, ImportOptions options, String user) {
        String annName = annFile.getFileName().toString();
        Path txtFile = textBeside(annFile);
        String txtName = txtFile.getFileName().toString();
        BratTextBound.Source txt = new BratTextBound.Source(txtName, StrictUtf8.decode(readBytes(txtFile, txtName), txtName));
        String text = txt.stored();
        if (text.isBlank()) {
            throw new BundleRefusal(txtName, Message.of("bundle.text.empty"));
        }
        if (text.length() > Library.MAX_TEXT_CHARS) {
            throw new BundleRefusal(txtName, Message.of("bundle.text.tooLong", text.length(), Library.MAX_TEXT_CHARS));
        }
        String ann = StrictUtf8.decode(readBytes(annFile, annName), annName);
        String[] lines = ann.split("\n", -1);

        Document document = new Document(Ids.newId(), Library.titleOf(options, text, txtName), options.sourceUrl(),
                options.outlet(), options.publishedDate(), "ar", text, TextHash.sha256Hex(text), clock.instant());
        AnnotationSet set = new AnnotationSet(AnnotationSetInfo.start(document.id(), user, clock.instant()), text);
        Map<String, Mention> mentions = new LinkedHashMap<>();
        List<Link> continuations = new ArrayList<>();
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
            BratTextBound t = BratTextBound.parse(line, annName, number, txt);
            if (mentions.containsKey(t.id())) {
                throw refuse(annName, number, Message.of("bundle.brat.twice", t.id()));
            }
            Span first = null;
            for (TextRange r : t.stretches()) {
                Span span = new Span(Ids.newId(), t.layer(), r.start(), r.end(), null, null);
                try {
                    set.addSpan(span);
                } catch (DomainException e) {
                    throw refuse(annName, number, BundleRefusal.because(e));
                }
                if (first == null) {
                    first = span;
                } else {
                    continuations.add(Link.of(LinkType.CONTINUES, span.id(), first.id()));
                }
            }
            mentions.put(t.id(), new Mention(t.id(), number, first));
        }
        for (Link l : continuations) {
            set.addLink(l);
        }

        Map<String, String> references = new HashMap<>();
        Map<String, List<String>> notes = new LinkedHashMap<>();
        List<Actor> newActors = new ArrayList<>();
        List<Message> warnings = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<Integer> linkLines = new ArrayList<>();
        for (int i : others) {
            String line = stripCr(lines[i]);
            int number = i + 1;
            char kind = line.charAt(0);
            if (kind == 'R') {
                Matcher m = R_LINE.matcher(line);
                if (!m.matches()) {
                    throw refuse(annName, number, Message.of("bundle.brat.notRelation"));
                }
                LinkType type;
                try {
                    type = LinkType.ofBratName(m.group(2));
                } catch (DomainException e) {
                    throw refuse(annName, number, Message.of("bundle.brat.unknownRelation", m.group(1), m.group(2)));
                }
                links.add(Link.of(type, mention(mentions, m.group(3), annName, number).span().id(),
                        mention(mentions, m.group(4), annName, number).span().id()));
                linkLines.add(number);
            } else if (kind == 'A') {
                Matcher m = A_LINE.matcher(line);
                if (!m.matches() || !m.group(2).equals("QuoteType")) {
                    throw refuse(annName, number, Message.of("bundle.brat.attribute"));
                }
                Span quote = mention(mentions, m.group(3), annName, number).span();
                QuoteType type = m.group(4) == null ? null : switch (m.group(4)) {
                    case "direct" -> QuoteType.DIRECT;
                    case "indirect" -> QuoteType.INDIRECT;
                    case "mixed" -> QuoteType.MIXED;
                    default -> null;
                };
                if (type == null || quote.layer() != Layer.QUOTE) {
                    throw refuse(annName, number, Message.of("bundle.brat.quoteType"));
                }
                replace(set, quote.withAttributes(new QuoteDetails(type, null)));
            } else if (kind == 'N') {
                Matcher m = N_LINE.matcher(line);
                if (!m.matches() || !m.group(2).equals("Reference")) {
                    throw refuse(annName, number, Message.of("bundle.brat.notNormalization"));
                }
                Mention target = mention(mentions, m.group(3), annName, number);
                if (target.span().layer() != Layer.SPEAKER) {
                    throw refuse(annName, number, Message.of("bundle.brat.referenceLayer", target.span().layer()));
                }
                String ref = m.group(4);
                if (!ref.startsWith("isnad:")) {
                    warnings.add(Message.of("bundle.brat.notIsnadReference", line(annName, number), ref));
                    continue;
                }
                String actorId = ref.substring("isnad:".length());
                if (repositories.actors().find(actorId).isEmpty() && newActors.stream().noneMatch(a -> a.id().equals(actorId))) {
                    String name = m.group(5) == null || m.group(5).isBlank() ? target.span().textIn(text) : m.group(5);
                    try {
                        newActors.add(new Actor(actorId, name, null, List.of(), ActorKind.PERSON, null, null));
                    } catch (DomainException e) {
                        throw refuse(annName, number, BundleRefusal.because(e));
                    }
                }
                references.put(target.span().id(), actorId);
            } else if (kind == '#') {
                Matcher m = NOTE_LINE.matcher(line);
                if (!m.matches() || !m.group(2).equals("AnnotatorNotes")) {
                    throw refuse(annName, number, Message.of("bundle.brat.notNote"));
                }
                String spanId = mention(mentions, m.group(3), annName, number).span().id();
                notes.computeIfAbsent(spanId, k -> new ArrayList<>()).add(m.group(4) == null ? "" : m.group(4));
            } else {
                throw refuse(annName, number, Message.of("bundle.brat.lineKind", abbreviate(line)));
            }
        }
        Map<String, Actor> byFoldedName = new HashMap<>();
        List<Actor> registered = repositories.actors().all();
        for (Span s : set.spans()) {
            if (s.layer() != Layer.SPEAKER || !set.linksFrom(s.id(), LinkType.CONTINUES).isEmpty()) {
                // a later stretch of a speaker mention names no one of its own: its first stretch does
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
                throw refuse(annName, linkLines.get(i), BundleRefusal.because(e));
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
            throw new BundleRefusal("annotation «" + changed.textIn(set.text()) + "»", BundleRefusal.because(e));
        }
    }

    private static Mention mention(Map<String, Mention> mentions, String id, String ann, int line) {
        Mention m = mentions.get(id);
        if (m == null) {
            throw refuse(ann, line, Message.of("bundle.brat.undefined", id));
        }
        return m;
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static String abbreviate(String line) {
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }

    static BundleRefusal refuse(String file, int line, Message reason) {
        return new BundleRefusal(line(file, line), reason);
    }

    /** Where in an {@code .ann} something is: the entry of a refusal. */
    private static String line(String file, int line) {
        return file + " line " + line;
    }

    private static byte[] readBytes(Path file, String name) {
        try {
            if (Files.isDirectory(file)) {
                throw new BundleRefusal(name, Message.of("bundle.file.folder"));
            }
            if (Files.size(file) > MAX_ANN_BYTES) {
                throw new BundleRefusal(name, Message.of("bundle.file.tooLarge", MAX_ANN_BYTES));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BundleRefusal(name, Message.of(name.endsWith(".txt") ? "bundle.file.missingText" : "bundle.file.missing"));
        } catch (IOException e) {
            throw new InterchangeException(Message.of("bundle.file.unreadable", name, e.getMessage()), e);
        }
    }
}
