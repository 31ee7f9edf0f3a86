package org.isnad.ui.inspector;

import org.isnad.domain.ActorKind;

/** An actor the analyst asks to create from a picker: name, kind and role (the role may be blank). */
public record NewActor(String name, ActorKind kind, String role) {
}
