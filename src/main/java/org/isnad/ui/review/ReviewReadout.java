package org.isnad.ui.review;

import java.util.Optional;
import org.isnad.domain.ReviewProgress;
import org.isnad.domain.Span;
import org.isnad.domain.Verdict;
import org.isnad.text.Graphemes;
import org.isnad.ui.language.UiText;

/** What the review panel says about the set under review and its current annotation, in the window's words. */
public final class ReviewReadout {
    private final ReviewNavigator place;
    private final UiText text;

    ReviewReadout(ReviewNavigator place, UiText text) {
        this.place = place;
        this.text = text;
    }

    /** "Reviewing the annotations of layla (submitted)". */
    public String titleText() {
        return place.session().map(s -> text.format("review.title", s.info().annotator(), text.get("state." + s.info().state().key())))
                .orElse("");
    }

    /** "3 of 5 reviewed · 2 accepted · 1 rejected · 0 fixed". */
    public String progressText() {
        ReviewProgress p = place.progress();
        return text.format("review.progress", p.reviewed(), p.total(), p.accepted(), p.rejected(), p.fixed());
    }

    /** "2 / 4" within the filtered annotations, or "– / 4" when the current one is filtered out. */
    public String positionText() {
        int at = place.positionInShown();
        return text.format("review.position", at < 0 ? (Object) "–" : (Object) Integer.valueOf(at + 1), place.shown().size());
    }

    public String currentLayerText() {
        return place.current().map(s -> text.get("layer." + s.layer().key())).orElse("");
    }

    public String currentExcerpt() {
        return place.current().flatMap(s -> place.session().map(r -> excerpt(s.textIn(r.document().text()), 600))).orElse("");
    }

    public String currentVerdictText() {
        return place.current().flatMap(s -> place.session().map(r -> VerdictWords.of(text, r.verdictOf(s.id()), r.set().isStale(s.id()))))
                .orElse(text.get("review.none.shown"));
    }

    /** The current annotation's verdict, if it has one (the panel colours it). */
    public Optional<Verdict> currentVerdict() {
        return place.current().flatMap(s -> place.session().flatMap(r -> r.verdictOf(s.id())));
    }

    public Optional<Span> current() {
        return place.current();
    }

    /** One line, cut between whole letters. */
    static String excerpt(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.length() <= max) {
            return line;
        }
        return line.substring(0, Graphemes.floorBoundary(line, max)).stripTrailing() + "…";
    }
}
