package org.isnad.domain;

/** A typed relation from one span to another, e.g. a quote attributed to a speaker mention. */
public record Link(String id, LinkType type, String fromSpanId, String toSpanId) {
    public Link {
        Ids.require(id, "a link");
        if (type == null) {
            throw new DomainException("link " + id + " has no type");
        }
        Ids.require(fromSpanId, "the source of link " + id);
        Ids.require(toSpanId, "the target of link " + id);
        if (fromSpanId.equals(toSpanId)) {
            throw new DomainException("a span cannot be linked to itself (" + type + ")");
        }
    }

    public static Link of(LinkType type, String fromSpanId, String toSpanId) {
        return new Link(Ids.newId(), type, fromSpanId, toSpanId);
    }

    public boolean touches(String spanId) {
        return fromSpanId.equals(spanId) || toSpanId.equals(spanId);
    }
}
