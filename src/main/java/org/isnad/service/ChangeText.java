package org.isnad.service;

import org.isnad.domain.Actor;
import org.isnad.domain.Link;
import org.isnad.domain.Span;
import org.isnad.text.Graphemes;

/** Readable one-line renderings of what a change touched, for the audit trail and descriptions. */
final class ChangeText {
    private static final int EXCERPT = 40;

    private ChangeText() {
    }

    static String span(Span span, String documentText) {
        return span.layer() + " " + span.id() + " [" + span.start() + ", " + span.end() + ") «"
                + excerpt(span.textIn(documentText)) + "» " + span.attributes()
                + (span.note() == null ? "" : " note=" + span.note());
    }

    static String link(Link link) {
        return link.type() + " " + link.id() + " " + link.fromSpanId() + " → " + link.toSpanId();
    }

    static String actor(Actor actor) {
        return "ACTOR " + actor.id() + " «" + actor.canonicalName() + "» " + actor.kind()
                + (actor.role() == null ? "" : " (" + actor.role() + ")");
    }

    /** A short piece of text for a description; whitespace runs become one space and long text is cut. */
    static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= EXCERPT) {
            return flat;
        }
        // never cut a letter from its harakat
        int cut = Graphemes.floorBoundary(flat, EXCERPT);
        return flat.substring(0, cut) + "…";
    }
}
