package org.isnad.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isnad.domain.Layer;
import org.isnad.domain.LinkType;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.QuoteType;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;

/**
 * Gathers what one pair of analysts did in one layer, document after document, and turns it into figures at the
 * end. Pooling over documents sums the counts and lays the documents end to end as one continuum for αu, so a
 * selection's figure is not an average of averages.
 */
final class PairTally {
    private final String a;
    private final String b;
    private final Layer layer;
    private int documents;
    private int aCount;
    private int bCount;
    private int exact;
    private int overlapping;
    private long continuum;
    private final List<Stretch> aStretches = new ArrayList<>();
    private final List<Stretch> bStretches = new ArrayList<>();
    private final List<QuoteType[]> typePairs = new ArrayList<>();
    private int sameSpeaker;
    private int sameCue;

    PairTally(String a, String b, Layer layer) {
        this.a = a;
        this.b = b;
        this.layer = layer;
    }

    String a() {
        return a;
    }

    String b() {
        return b;
    }

    Layer layer() {
        return layer;
    }

    void add(AnalystSet setA, AnalystSet setB, int textLength) {
        List<Span> spansA = setA.spansIn(layer);
        List<Span> spansB = setB.spansIn(layer);
        documents++;
        aCount += spansA.size();
        bCount += spansB.size();
        List<SpanPair> exactPairs = SpanMatching.exact(spansA, spansB);
        exact += exactPairs.size();
        overlapping += SpanMatching.overlapping(spansA, spansB).size();
        long shift = continuum;
        spansA.forEach(s -> aStretches.add(new Stretch(s.start() + shift, s.end() + shift)));
        spansB.forEach(s -> bStretches.add(new Stretch(s.start() + shift, s.end() + shift)));
        continuum += textLength;
        if (layer == Layer.QUOTE) {
            compareQuotes(exactPairs, setA, setB);
        }
    }

    /** Adds another tally of the same pair and layer (one document's) after this one's documents. */
    void absorb(PairTally other) {
        long shift = continuum;
        documents += other.documents;
        aCount += other.aCount;
        bCount += other.bCount;
        exact += other.exact;
        overlapping += other.overlapping;
        other.aStretches.forEach(s -> aStretches.add(s.shifted(shift)));
        other.bStretches.forEach(s -> bStretches.add(s.shifted(shift)));
        continuum += other.continuum;
        typePairs.addAll(other.typePairs);
        sameSpeaker += other.sameSpeaker;
        sameCue += other.sameCue;
    }

    private void compareQuotes(List<SpanPair> pairs, AnalystSet setA, AnalystSet setB) {
        Map<String, Span> speakersA = setA.targetsOf(LinkType.ATTRIBUTED_TO);
        Map<String, Span> speakersB = setB.targetsOf(LinkType.ATTRIBUTED_TO);
        Map<String, Span> cuesA = setA.targetsOf(LinkType.CUED_BY);
        Map<String, Span> cuesB = setB.targetsOf(LinkType.CUED_BY);
        for (SpanPair p : pairs) {
            QuoteDetails qa = (QuoteDetails) p.a().attributes();
            QuoteDetails qb = (QuoteDetails) p.b().attributes();
            typePairs.add(new QuoteType[] {qa.type(), qb.type()});
            if (speaker(qa, speakersA.get(p.a().id())).equals(speaker(qb, speakersB.get(p.b().id())))) {
                sameSpeaker++;
            }
            if (place(cuesA.get(p.a().id())).equals(place(cuesB.get(p.b().id())))) {
                sameCue++;
            }
        }
    }

    /** Who a quote is attributed to: the mention's actor, else the implicit actor, else the bare mention's place. */
    private static String speaker(QuoteDetails quote, Span mention) {
        if (mention != null && mention.attributes() instanceof SpeakerMention m && m.actorId() != null) {
            return "actor:" + m.actorId();
        }
        if (mention == null && quote.implicitSpeakerActorId() != null) {
            return "actor:" + quote.implicitSpeakerActorId();
        }
        return place(mention);
    }

    private static String place(Span span) {
        return span == null ? "none" : span.start() + "-" + span.end();
    }

    PairFigures figures() {
        if (documents == 0) {
            Figure none = Figure.undefined(Undefined.NO_SHARED_DOCUMENT);
            Figure quoteNone = layer == Layer.QUOTE ? none : null;
            return new PairFigures(a, b, layer, 0, 0, 0, 0, none, none, none, quoteNone, quoteNone, quoteNone);
        }
        long total = (long) aCount + bCount;
        Figure exactF1 = Figure.share(2L * exact, total, Undefined.NOTHING_MARKED);
        Figure overlapF1 = Figure.share(2L * overlapping, total, Undefined.NOTHING_MARKED);
        Figure alpha = UnitizingAlpha.between(aStretches, bStretches, continuum);
        Figure kappa = null;
        Figure speakers = null;
        Figure cues = null;
        if (layer == Layer.QUOTE) {
            kappa = QuoteTypeKappa.of(typePairs);
            speakers = Figure.share(sameSpeaker, exact, Undefined.NO_MATCHED_QUOTES);
            cues = Figure.share(sameCue, exact, Undefined.NO_MATCHED_QUOTES);
        }
        return new PairFigures(a, b, layer, documents, aCount, bCount, exact, exactF1, overlapF1, alpha,
                kappa, speakers, cues);
    }
}
