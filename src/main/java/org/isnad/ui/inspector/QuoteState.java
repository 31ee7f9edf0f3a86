package org.isnad.ui.inspector;

import java.util.List;
import org.isnad.domain.Actor;
import org.isnad.domain.QuoteType;

/**
 * What the inspector shows of a quote. {@code speakerMention} is the linked mention (null when the
 * speaker is implicit, «وأضاف»); {@code actorTargetId} is the annotation whose actor the picker sets:
 * the mention when there is one, else the quote itself.
 */
public record QuoteState(QuoteType type, Choice<String> speakerMention, String actorTargetId, Actor speaker,
                         Choice<String> cue, Choice<String> parent, List<LinkRow> claims) {
    public QuoteState {
        claims = List.copyOf(claims);
    }

    public boolean speakerIsImplicit() {
        return speakerMention == null;
    }
}
