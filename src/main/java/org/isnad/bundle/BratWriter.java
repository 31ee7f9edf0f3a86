package org.isnad.bundle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;
import org.isnad.text.CodePointIndex;

/**
 * One annotation set as brat standoff: {@code NAME.txt} is the stored text (UTF-8, LF) and
 * {@code NAME.ann} has, in this order, {@code T} lines (types Speaker, Cue, Quote, Claim; offsets in
 * code points, end exclusive; the stretches of a discontinuous annotation, joined by
 * {@link LinkType#CONTINUES}, as one line {@code start end;start end}), {@code A} lines ({@code QuoteType Tn direct|indirect|mixed}),
 * {@code R} lines (AttributedTo, CuedBy, Expresses, NestedIn, ClaimedBy with Arg1/Arg2), {@code N}
 * lines ({@code Reference Tn isnad:<actor-id>} and the actor's name) and {@code #} AnnotatorNotes,
 * one line per line of a note. T numbers follow reading order, so the same set gives the same file.
 */
final class BratWriter {
    static final Map<Layer, String> TYPES = Map.of(Layer.SPEAKER, "Speaker", Layer.CUE, "Cue", Layer.QUOTE, "Quote",
            Layer.CLAIM, "Claim");

    private BratWriter() {
    }

    static byte[] text(String storedText) {
        return storedText.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] ann(AnnotationSet set, Map<String, Actor> actors) {
        String text = set.text();
        CodePointIndex index = new CodePointIndex(text);
        Stretches stretches = Stretches.of(set);
        StringBuilder out = new StringBuilder();
        Map<String, Integer> numbers = new HashMap<>();
        List<Span> spans = new ArrayList<>();
        for (List<Span> annotation : stretches.annotations()) {
            Span first = annotation.get(0);
            int number = spans.size() + 1;
            spans.add(first);
            annotation.forEach(s -> numbers.put(s.id(), number));
            out.append('T').append(number).append('\t').append(TYPES.get(first.layer())).append(' ')
                    .append(String.join(";", annotation.stream().map(s -> index.toCodePoints(s.start()) + " "
                            + index.toCodePoints(s.end())).toList()))
                    .append('\t').append(flat(String.join(BratTextBound.STRETCH_SEPARATOR,
                            annotation.stream().map(s -> s.textIn(text)).toList()))).append('\n');
        }
        int a = 0;
        for (Span s : spans) {
            if (s.attributes() instanceof QuoteDetails q) {
                out.append('A').append(++a).append("\tQuoteType T").append(numbers.get(s.id())).append(' ')
                        .append(q.type().name().toLowerCase(Locale.ROOT)).append('\n');
            }
        }
        // a relation of any stretch is the whole annotation's; the stretches' own joins are the T line's offsets
        Set<String> relations = new LinkedHashSet<>();
        set.links().stream().filter(l -> l.type() != LinkType.CONTINUES).sorted(Comparator
                .comparing((Link l) -> numbers.get(l.fromSpanId()))
                .thenComparing(Link::type)
                .thenComparing(l -> numbers.get(l.toSpanId())))
                .forEach(l -> relations.add(l.type().bratName() + " Arg1:T" + numbers.get(l.fromSpanId())
                        + " Arg2:T" + numbers.get(l.toSpanId())));
        int r = 0;
        for (String relation : relations) {
            out.append('R').append(++r).append('\t').append(relation).append('\n');
        }
        int n = 0;
        for (Span s : spans) {
            if (s.attributes() instanceof SpeakerMention m && m.actorId() != null) {
                Actor actor = actors.get(m.actorId());
                out.append('N').append(++n).append("\tReference T").append(numbers.get(s.id())).append(" isnad:").append(m.actorId())
                        .append('\t').append(actor == null ? "" : flat(actor.canonicalName())).append('\n');
            }
        }
        int c = 0;
        for (List<Span> annotation : stretches.annotations()) {
            for (Span s : annotation) {
                if (s.note() != null) {
                    for (String line : s.note().split("\n", -1)) {
                        out.append('#').append(++c).append("\tAnnotatorNotes T").append(numbers.get(s.id())).append('\t')
                                .append(flat(line)).append('\n');
                    }
                }
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** brat keeps one annotation per line: line breaks and tabs inside a span's text are shown as spaces. */
    static String flat(String s) {
        return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
