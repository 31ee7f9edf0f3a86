package org.isnad.domain;

import java.util.UUID;

/** Identifiers are random UUIDs so that bundles from different machines never collide. */
public final class Ids {
    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    static String require(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new DomainException(what + " must have an id");
        }
        if (id.length() > 64) {
            throw new DomainException(what + " id is longer than 64 characters: " + id.substring(0, 64) + "…");
        }
        return id;
    }
}
