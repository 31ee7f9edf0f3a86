package org.isnad.domain;

import org.isnad.message.Message;

/** The relations between spans; each joins a fixed pair of layers. Names match the brat relation types. */
public enum LinkType {
    /** A quote is attributed to a speaker mention. */
    ATTRIBUTED_TO(Layer.QUOTE, Layer.SPEAKER, "AttributedTo", true),
    /** A quote is introduced by a cue. */
    CUED_BY(Layer.QUOTE, Layer.CUE, "CuedBy", true),
    /** A quote expresses a claim. */
    EXPRESSES(Layer.QUOTE, Layer.CLAIM, "Expresses", false),
    /** A quote is reported inside another quote («نقلت رويترز عن مصادر قولها …»). */
    NESTED_IN(Layer.QUOTE, Layer.QUOTE, "NestedIn", true),
    /** A claim is made by a speaker mention. */
    CLAIMED_BY(Layer.CLAIM, Layer.SPEAKER, "ClaimedBy", true);

    private final Layer from;
    private final Layer to;
    private final String bratName;
    private final boolean single;

    LinkType(Layer from, Layer to, String bratName, boolean single) {
        this.from = from;
        this.to = to;
        this.bratName = bratName;
        this.single = single;
    }

    public Layer from() {
        return from;
    }

    public Layer to() {
        return to;
    }

    public String bratName() {
        return bratName;
    }

    /** Whether a span can have at most one outgoing link of this type (one speaker, one cue, one parent). */
    public boolean single() {
        return single;
    }

    public static LinkType ofBratName(String name) {
        for (LinkType t : values()) {
            if (t.bratName.equals(name)) {
                return t;
            }
        }
        throw new DomainException(Message.of("domain.link.unknown.type", name));
    }
}
