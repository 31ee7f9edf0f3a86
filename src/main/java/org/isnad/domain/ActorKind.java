package org.isnad.domain;

/** What sort of source an actor is. */
public enum ActorKind {
    PERSON, ORGANIZATION, GOVERNMENT_BODY, MEDIA_OUTLET, ANONYMOUS_SOURCE, GROUP
}
