package org.isnad.domain;

/** A speaker mention names an actor from the registry (or none yet). */
public record SpeakerMention(String actorId) implements SpanAttributes {
    public SpeakerMention {
        actorId = Actor.blankToNull(actorId);
    }

    @Override
    public Layer layer() {
        return Layer.SPEAKER;
    }
}
