package org.isnad.bundle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.Document;
import org.isnad.domain.Link;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.SignOff;
import org.isnad.domain.Span;
import org.isnad.domain.Verdict;
import org.isnad.domain.SpeakerMention;
import org.isnad.text.CodePointIndex;

/**
 * The native bundle's JSON entries written from the model. Every field is always written (null
 * when unset), enum values are the Java constant names (as in the database), times are UTC
 * instants, and lists are in a stable order: so the same data gives the same bytes.
 */
final class NativeJson {
    private NativeJson() {
    }

    static ObjectNode document(Document d) {
        ObjectNode o = BundleJson.object();
        o.put("id", d.id());
        o.put("title", d.title());
        o.put("sourceUrl", d.sourceUrl());
        o.put("outlet", d.outlet());
        o.put("publishedDate", d.publishedDate() == null ? null : d.publishedDate().toString());
        o.put("language", d.language());
        o.put("sha256", d.sha256());
        o.put("importedAt", d.importedAt().toString());
        o.put("utf16Length", d.text().length());
        o.put("codePointLength", new CodePointIndex(d.text()).codePointLength());
        return o;
    }

    static ObjectNode actors(List<Actor> actors) {
        ObjectNode o = BundleJson.object();
        ArrayNode list = o.putArray("actors");
        actors.stream().sorted(Comparator.comparing(Actor::id)).forEach(a -> list.add(actor(a)));
        return o;
    }

    static ObjectNode actor(Actor a) {
        ObjectNode o = BundleJson.object();
        o.put("id", a.id());
        o.put("canonicalName", a.canonicalName());
        o.put("latinName", a.latinName());
        ArrayNode aliases = o.putArray("aliases");
        a.aliases().forEach(aliases::add);
        o.put("kind", a.kind().name());
        o.put("role", a.role());
        o.put("wikidataId", a.wikidataId());
        return o;
    }

    static ObjectNode set(AnnotationSet set, List<SignOff> signOffs) {
        String text = set.text();
        CodePointIndex index = new CodePointIndex(text);
        ObjectNode o = BundleJson.object();
        o.put("id", set.info().id());
        o.put("documentId", set.info().documentId());
        o.put("annotator", set.info().annotator());
        o.put("kind", set.info().kind().name());
        o.put("createdAt", set.info().createdAt().toString());
        ObjectNode review = o.putObject("review");
        review.put("state", set.info().state().name());
        ArrayNode verdicts = review.putArray("verdicts");
        set.verdicts().stream().sorted(Comparator.comparing(Verdict::spanId)).forEach(v -> {
            ObjectNode j = verdicts.addObject();
            j.put("spanId", v.spanId());
            j.put("kind", v.kind().name());
            j.put("comment", v.comment());
            j.put("reviewer", v.reviewer());
            j.put("at", v.at().toString());
        });
        ArrayNode signed = review.putArray("signOffs");
        signOffs.stream().sorted(Comparator.comparing(SignOff::signedAt).thenComparing(SignOff::id)).forEach(s -> {
            ObjectNode j = signed.addObject();
            j.put("id", s.id());
            j.put("reviewer", s.reviewer());
            j.put("publicKey", s.publicKey());
            j.put("signedAt", s.signedAt().toString());
            j.put("digest", s.digest());
            j.put("signature", s.signature());
            j.put("superseded", s.superseded());
        });
        ArrayNode spans = o.putArray("spans");
        for (Span s : set.spans()) {
            ObjectNode j = spans.addObject();
            j.put("id", s.id());
            j.put("layer", s.layer().name());
            j.put("start", s.start());
            j.put("end", s.end());
            j.put("startCodePoint", index.toCodePoints(s.start()));
            j.put("endCodePoint", index.toCodePoints(s.end()));
            j.put("text", s.textIn(text));
            j.put("note", s.note());
            j.set("attributes", attributes(s));
        }
        ArrayNode links = o.putArray("links");
        set.links().stream().sorted(Comparator.comparing(Link::id)).forEach(l -> {
            ObjectNode j = links.addObject();
            j.put("id", l.id());
            j.put("type", l.type().name());
            j.put("from", l.fromSpanId());
            j.put("to", l.toSpanId());
        });
        return o;
    }

    private static ObjectNode attributes(Span s) {
        ObjectNode a = BundleJson.object();
        if (s.attributes() instanceof SpeakerMention m) {
            a.put("actorId", m.actorId());
        } else if (s.attributes() instanceof QuoteDetails q) {
            a.put("type", q.type().name());
            a.put("implicitSpeakerActorId", q.implicitSpeakerActorId());
        } else if (s.attributes() instanceof ClaimDetails c) {
            a.put("normalizedText", c.normalizedText());
            a.put("claimantActorId", c.claimantActorId());
            a.put("polarity", c.polarity().name());
            a.put("commitment", c.commitment() == null ? null : c.commitment().name());
            a.put("claimType", c.claimType() == null ? null : c.claimType().name());
            a.put("checkWorthiness", c.checkWorthiness());
            a.put("topic", c.topic());
            a.put("verdict", c.verdict());
        }
        // a cue (CueMark) carries nothing
        return a;
    }

    /** The audit trail of one document, oldest first; the sequence numbers are the database's own and stay out. */
    static ObjectNode audit(List<AuditEvent> events) {
        ObjectNode o = BundleJson.object();
        ArrayNode list = o.putArray("events");
        for (AuditEvent e : events) {
            ObjectNode j = list.addObject();
            j.put("setId", e.setId());
            j.put("user", e.user());
            j.put("at", e.at().toString());
            j.put("action", e.action());
            j.put("description", e.description());
            j.put("before", e.before());
            j.put("after", e.after());
        }
        return o;
    }
}
