package org.isnad.domain;

import org.isnad.message.Message;

/** A typed relation from one span to another, e.g. a quote attributed to a speaker mention. */
public record Link(String id, LinkType type, String fromSpanId, String toSpanId) {
    public Link {
        Ids.require(id, Message.of("domain.what.link"));
        if (type == null) {
            throw new DomainException(Message.of("domain.link.no.type", id));
        }
        Ids.require(fromSpanId, Message.of("domain.what.link.source", id));
        Ids.require(toSpanId, Message.of("domain.what.link.target", id));
        if (fromSpanId.equals(toSpanId)) {
            throw new DomainException(Message.of("domain.link.to.itself", type));
        }
    }

    public static Link of(LinkType type, String fromSpanId, String toSpanId) {
        return new Link(Ids.newId(), type, fromSpanId, toSpanId);
    }

    public boolean touches(String spanId) {
        return fromSpanId.equals(spanId) || toSpanId.equals(spanId);
    }
}
