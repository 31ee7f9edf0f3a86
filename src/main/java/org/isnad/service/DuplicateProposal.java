package org.isnad.service;

import org.isnad.domain.Actor;

/** Two actors that may be one, and why the directory thinks so; the analyst confirms by merging. */
public record DuplicateProposal(Actor first, Actor second, Reason reason, String sharedName) {
    public enum Reason {
        /** Their names are the same once folded (hamza, ta marbuta, harakat …). */
        SAME_NAME,
        /** One actor's name has the same letters as an alias of the other, or both have that alias. */
        SHARED_ALIAS,
        /** One name is contained, as whole words, in the other («كيميت» in «مارك كيميت»). */
        NAME_CONTAINED
    }
}
