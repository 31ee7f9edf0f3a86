package org.isnad.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.isnad.domain.Layer;
import org.isnad.domain.QuoteType;
import org.isnad.text.ArabicFolding;
import org.isnad.text.TextRange;

/**
 * Proposes the quotes of an Arabic article, each with its cue, speaker mention and actor, so that
 * the analyst only confirms, corrects and adds the hard ones. Rules and a lexicon over folded
 * text, linear in the length of the article.
 */
public final class QuoteSuggester {
    /** A long article's independent parts (tokens, claims) on both cores; the suggestions are the same. */
    private final boolean bothCores;

    public QuoteSuggester() {
        this(true);
    }

    /** {@code bothCores} false: everything on the calling thread (to compare, in tests). */
    QuoteSuggester(boolean bothCores) {
        this.bothCores = bothCores;
    }
    /** Harakat, tatweel and the superscript alef, compiled once (not on every name). */
    static final Pattern MARKS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");
    /** Spaces and quotation marks between the words of a name. */
    static final Pattern NAME_GAPS = Pattern.compile("[\\s“”«»\"„‟]+");
    static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * Suggestions in text order; a nested attribution comes right after the one it is nested in, and a
     * quote's check-worthy claims (layer CLAIM, {@code parentIndex} the quote) right after the quote.
     */
    public List<Suggestion> suggest(String storedText, KnownActors actors) {
        Article a = new Article(storedText, bothCores);
        List<Draft> drafts = new ArrayList<>();
        DirectQuoteFinder.find(a, drafts);
        ReportedSpeechFinder.find(a, drafts);
        AccordingToFinder.find(a, drafts);
        drafts.sort(Comparator.comparingInt((Draft d) -> d.start).thenComparingInt(d -> d.firstToken));
        drafts = MixedQuotes.merge(a, withoutRepeats(drafts));
        SpeakerResolver.resolve(a, drafts, actors);
        List<Suggestion> quotes = suggestions(a, drafts);
        List<Suggestion> claims = ClaimFinder.find(a, quotes, bothCores);
        if (claims.isEmpty()) {
            return quotes;
        }
        // each quote's claims right after it; a claim's parentIndex is its quote's index in this list
        List<Suggestion> all = new ArrayList<>(quotes.size() + claims.size());
        int[] at = new int[quotes.size()];
        int c = 0;
        for (int q = 0; q < quotes.size(); q++) {
            at[q] = all.size();
            Suggestion s = quotes.get(q);
            all.add(s.parentIndex() == null ? s : reparent(s, at[s.parentIndex()]));
            while (c < claims.size() && claims.get(c).parentIndex() == q) {
                all.add(reparent(claims.get(c++), at[q]));
            }
        }
        return all;
    }

    /** What makes two drafts the same proposal. */
    private record DraftKey(QuoteType type, int start, int end, int cueStart) {
    }

    private static List<Draft> withoutRepeats(List<Draft> drafts) {
        Set<DraftKey> seen = new HashSet<>();
        List<Draft> kept = new ArrayList<>();
        for (Draft d : drafts) {
            DraftKey key = new DraftKey(d.type, d.start, d.end, d.cue == null ? -1 : d.cue.start());
            if (seen.add(key)) {
                kept.add(d);
            }
        }
        return kept;
    }

    private static List<Suggestion> suggestions(Article a, List<Draft> drafts) {
        Map<Draft, Integer> index = new HashMap<>();
        List<Suggestion> result = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            TextRange quote = a.stored(d.start, d.end);
            Optional<TextRange> cue = d.cue == null ? Optional.empty() : Optional.of(a.stored(d.cue.start(), d.cue.end()));
            Optional<TextRange> speaker = d.speaker == null ? Optional.empty()
                    : Optional.of(a.stored(d.speaker.start(), d.speaker.end()));
            Integer parent = d.parent == null ? null : index.get(d.parent);
            double confidence = d.confidence - (d.actorName == null && !d.impersonal ? 0.1 : 0);
            confidence = Math.round(Math.max(0.05, Math.min(1, confidence)) * 100) / 100.0;
            index.put(d, result.size());
            OuterSource outer = d.outlet == null ? null : outerSource(a, d.outlet);
            result.add(new Suggestion(Layer.QUOTE, d.type, quote, cue, speaker, d.actorName, parent, confidence,
                    d.roles, outer));
        }
        return result;
    }

    private static OuterSource outerSource(Article a, SpeakerMention m) {
        TextRange r = a.stored(m.start(), m.end());
        String name = NAME_GAPS.matcher(MARKS.matcher(a.stored.substring(r.start(), r.end())).replaceAll(""))
                .replaceAll(" ").strip();
        return name.isEmpty() ? null : new OuterSource(r, name);
    }

    private static Suggestion reparent(Suggestion s, int parent) {
        return new Suggestion(s.layer(), s.type(), s.quote(), s.cue(), s.speaker(), s.actorName(), parent, s.confidence(),
                s.roles(), s.outerSource());
    }

    /** Folds a name the way the engine matches it, for {@link KnownActors} implementations. */
    public static String foldName(String name) {
        return SPACES.matcher(ArabicFolding.foldQuery(name.strip())).replaceAll(" ");
    }
}
