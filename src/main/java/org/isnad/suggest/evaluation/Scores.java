package org.isnad.suggest.evaluation;

/**
 * The figures for one article or a pooled group of them: quotes matched exactly and by overlap, the
 * overlap figures per quote type, cues, claims, and how many matched quotes have the right speaker.
 */
public record Scores(int articles, Figure quotesExact, Figure quotes, Figure direct, Figure indirect, Figure mixed,
                     Figure cues, int rightSpeakers, Figure claims) {
    public static final Scores NONE = new Scores(0, Figure.NONE, Figure.NONE, Figure.NONE, Figure.NONE, Figure.NONE,
            Figure.NONE, 0, Figure.NONE);

    /** Share of the found quotes (matched to a gold quote by overlap) whose speaker is right; 1 with none found. */
    public double speakerAccuracy() {
        return quotes.matched() == 0 ? 1 : (double) rightSpeakers / quotes.matched();
    }

    public Scores plus(Scores o) {
        return new Scores(articles + o.articles, quotesExact.plus(o.quotesExact), quotes.plus(o.quotes),
                direct.plus(o.direct), indirect.plus(o.indirect), mixed.plus(o.mixed), cues.plus(o.cues),
                rightSpeakers + o.rightSpeakers, claims.plus(o.claims));
    }
}
