package org.isnad.bundle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.domain.Layer;
import org.isnad.message.Message;
import org.isnad.text.CodePointIndex;
import org.isnad.text.Graphemes;
import org.isnad.text.TextRange;

/**
 * One brat {@code T} line read against the {@code .txt}: its id, layer and stretches of stored text.
 * A discontinuous annotation ({@code T1<TAB>Quote 0 4;10 20<TAB>…}) has several stretches, in text
 * order; brat writes its text as the stretches' texts joined by one space. Offsets are code points of
 * the file as given (so CRLF files work), each stretch must lie inside it, on grapheme boundaries.
 */
record BratTextBound(String id, Layer layer, List<TextRange> stretches) {
    private static final Pattern T_LINE = Pattern.compile("(T[0-9]+)\t(\\S+) ([^\t]*)\t(.*)");
    private static final Pattern OFFSETS = Pattern.compile("([0-9]{1,10}) ([0-9]{1,10})");
    private static final Map<String, Layer> LAYERS = Map.of("Speaker", Layer.SPEAKER, "Cue", Layer.CUE,
            "Quote", Layer.QUOTE, "Claim", Layer.CLAIM);
    /** How brat joins the texts of a discontinuous annotation's stretches. */
    static final String STRETCH_SEPARATOR = " ";

    /** The text file an {@code .ann} is read against: as given (brat's offsets) and as stored. */
    record Source(String name, String raw, CodePointIndex rawIndex, RawTextMap map) {
        Source(String name, String raw) {
            this(name, raw, new CodePointIndex(raw), new RawTextMap(raw));
        }

        String stored() {
            return map.stored();
        }
    }

    static BratTextBound parse(String line, String annName, int number, Source txt) {
        Matcher m = T_LINE.matcher(line);
        if (!m.matches()) {
            throw BratReader.refuse(annName, number, Message.of("bundle.brat.notTextBound"));
        }
        String id = m.group(1);
        Layer layer = LAYERS.get(m.group(2));
        if (layer == null) {
            throw BratReader.refuse(annName, number, Message.of("bundle.brat.unknownType", id, m.group(2)));
        }
        List<long[]> offsets = new ArrayList<>();
        for (String fragment : m.group(3).split(";", -1)) {
            Matcher o = OFFSETS.matcher(fragment);
            if (!o.matches()) {
                throw BratReader.refuse(annName, number, Message.of("bundle.brat.offsets", id, m.group(3)));
            }
            long startCp = Long.parseLong(o.group(1));
            long endCp = Long.parseLong(o.group(2));
            if (endCp > txt.rawIndex().codePointLength() || startCp >= endCp) {
                throw BratReader.refuse(annName, number, Message.of("bundle.brat.outside", id, startCp, endCp, txt.name(),
                        txt.rawIndex().codePointLength()));
            }
            offsets.add(new long[] {startCp, endCp});
        }
        offsets.sort(Comparator.comparingLong(o -> o[0]));
        for (int i = 1; i < offsets.size(); i++) {
            if (offsets.get(i)[0] < offsets.get(i - 1)[1]) {
                throw BratReader.refuse(annName, number, Message.of("bundle.brat.overlap", id, m.group(3)));
            }
        }
        List<String> there = new ArrayList<>();
        List<TextRange> stretches = new ArrayList<>();
        for (long[] o : offsets) {
            int rawStart = txt.rawIndex().toUtf16((int) o[0]);
            int rawEnd = txt.rawIndex().toUtf16((int) o[1]);
            there.add(txt.raw().substring(rawStart, rawEnd));
            int start = txt.map().toStored(rawStart);
            int end = txt.map().toStored(rawEnd);
            if (!Graphemes.isBoundary(txt.stored(), start) || !Graphemes.isBoundary(txt.stored(), end)) {
                throw BratReader.refuse(annName, number, Message.of("bundle.brat.splitsGrapheme", id, o[0], o[1]));
            }
            stretches.add(new TextRange(start, end));
        }
        String expected = BratWriter.flat(String.join(STRETCH_SEPARATOR, there));
        if (!expected.equals(BratWriter.flat(m.group(4)))) {
            String at = String.join(" ", offsets.stream().map(o -> "[" + o[0] + ", " + o[1] + ")").toList());
            throw BratReader.refuse(annName, number, Message.of("bundle.brat.textMismatch", id, m.group(4), txt.name(), expected, at));
        }
        return new BratTextBound(id, layer, List.copyOf(stretches));
    }
}
