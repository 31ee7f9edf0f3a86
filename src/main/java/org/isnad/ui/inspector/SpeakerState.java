package org.isnad.ui.inspector;

import org.isnad.domain.Actor;

/** What the inspector shows of a speaker mention: the actor it names, or none yet. */
public record SpeakerState(Actor actor) {
}
