package org.isnad.bundle;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;
import org.isnad.text.CodePointIndex;

/**
 * One annotation set as brat standoff: {@code NAME.txt} is the stored text (UTF-8, LF) and
 * {@code NAME.ann} has, in this order, {@code T} lines (types Speaker, Cue, Quote, Claim; offsets in
 * code points, end exclusive), {@code A} lines ({@code QuoteType Tn direct|indirect|mixed}),
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
        StringBuilder out = new StringBuilder();
        Map<String, Integer> numbers = new HashMap<>();
        List<Span> spans = set.spans();
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            numbers.put(s.id(), i + 1);
            out.append('T').append(i + 1).append('\t').append(TYPES.get(s.layer())).append(' ')
                    .append(index.toCodePoints(s.start())).append(' ').append(index.toCodePoints(s.end()))
                    .append('\t').append(flat(s.textIn(text))).append('\n');
        }
        int a = 0;
        for (Span s : spans) {
            if (s.attributes() instanceof QuoteDetails q) {
                out.append('A').append(++a).append("\tQuoteType T").append(numbers.get(s.id())).append(' ')
                        .append(q.type().name().toLowerCase(Locale.ROOT)).append('\n');
            }
        }
        List<Link> links = set.links().stream().sorted(Comparator
                .comparing((Link l) -> numbers.get(l.fromSpanId()))
                .thenComparing(Link::type)
                .thenComparing(l -> numbers.get(l.toSpanId()))).toList();
        int r = 0;
        for (Link l : links) {
            out.append('R').append(++r).append('\t').append(l.type().bratName()).append(" Arg1:T").append(numbers.get(l.fromSpanId()))
                    .append(" Arg2:T").append(numbers.get(l.toSpanId())).append('\n');
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
        for (Span s : spans) {
            if (s.note() != null) {
                for (String line : s.note().split("\n", -1)) {
                    out.append('#').append(++c).append("\tAnnotatorNotes T").append(numbers.get(s.id())).append('\t')
                            .append(flat(line)).append('\n');
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
