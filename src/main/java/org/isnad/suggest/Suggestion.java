package org.isnad.suggest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.isnad.domain.Layer;
import org.isnad.domain.QuoteType;
import org.isnad.text.TextRange;

/**
 * One proposed quote: its text (without quotation marks), the cue that introduces it, the
 * speaker mention, and the actor it is attributed to. Offsets are UTF-16 code units of the
 * stored text. Nothing here is stored until the analyst accepts it.
 *
 * @param actorName   the speaker's name: the registry's canonical name when known, else the
 *                    mention's text; for a continuation cue («وأضاف») the previous speaker's; may be null
 * @param parentIndex index, in the same list, of the outer attribution this one is nested in
 *                    («نقلت رويترز عن مصادر قولها …»: sources inside Reuters); null at top level
 * @param confidence  0..1, how sure the engine is that the whole suggestion is right
 * @param roles       the titles the text gives the speaker («رئيس الوزراء»، «وزير الدفاع»), to store as the
 *                    actor's roles; empty when none
 * @param outerSource the outlet the speaker spoke to («لوكالة …»): the outer source of a nested attribution; may be null
 */
public record Suggestion(Layer layer, QuoteType type, TextRange quote, Optional<TextRange> cue,
                         Optional<TextRange> speaker, String actorName, Integer parentIndex,
                         double confidence, List<String> roles, OuterSource outerSource) {

    public Suggestion {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(speaker, "speaker");
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** A suggestion with no roles and no outer source. */
    public Suggestion(Layer layer, QuoteType type, TextRange quote, Optional<TextRange> cue,
                      Optional<TextRange> speaker, String actorName, Integer parentIndex, double confidence) {
        this(layer, type, quote, cue, speaker, actorName, parentIndex, confidence, List.of(), null);
    }

    /**
     * Same text, same suggestion, same key: the editor keeps rejected keys per document. The cue
     * is part of it because a nested attribution shares its quote span with the outer one.
     */
    public String key() {
        return layer.name() + ":" + type.name() + ":" + quote.start() + "-" + quote.end()
                + ":" + cue.map(c -> c.start() + "-" + c.end()).orElse("none");
    }
}
