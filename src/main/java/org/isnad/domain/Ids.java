package org.isnad.domain;

import java.util.UUID;
import org.isnad.message.Message;

/** Identifiers are random UUIDs so that bundles from different machines never collide. */
public final class Ids {
    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    static String require(String id, Message what) {
        if (id == null || id.isBlank()) {
            throw new DomainException(Message.of("domain.id.missing", what));
        }
        if (id.length() > 64) {
            throw new DomainException(Message.of("domain.id.too.long", what, id.substring(0, 64)));
        }
        return id;
    }
}
