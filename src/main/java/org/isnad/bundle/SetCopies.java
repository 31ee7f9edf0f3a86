package org.isnad.bundle;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Ids;
import org.isnad.domain.Link;
import org.isnad.domain.Span;

/** Copies of annotation sets under another record or new ids, and the test for "the same content". */
final class SetCopies {
    private SetCopies() {
    }

    /** The same spans and links under {@code info}; with {@code newIds}, every span and link gets a fresh id. */
    static AnnotationSet copy(AnnotationSet set, AnnotationSetInfo info, boolean newIds) {
        return copy(set, info, newIds, new HashMap<>());
    }

    /** As {@link #copy(AnnotationSet, AnnotationSetInfo, boolean)}, putting each span's id in the copy into {@code ids}. */
    static AnnotationSet copy(AnnotationSet set, AnnotationSetInfo info, boolean newIds, Map<String, String> ids) {
        AnnotationSet copy = new AnnotationSet(info, set.text());
        for (Span s : set.spans()) {
            String id = newIds ? Ids.newId() : s.id();
            ids.put(s.id(), id);
            copy.addSpan(new Span(id, s.layer(), s.start(), s.end(), s.note(), s.attributes()));
        }
        for (Link l : set.links()) {
            copy.addLink(new Link(newIds ? Ids.newId() : l.id(), l.type(), ids.get(l.fromSpanId()), ids.get(l.toSpanId())));
        }
        return copy;
    }

    /** Whether a stored set has exactly this set's record, spans and links (times compared to the millisecond, as stored). */
    static boolean sameContent(AnnotationSet set, AnnotationSetInfo stored, List<Span> storedSpans, List<Link> storedLinks) {
        AnnotationSetInfo a = set.info();
        return a.id().equals(stored.id()) && a.documentId().equals(stored.documentId())
                && a.annotator().equals(stored.annotator()) && a.kind() == stored.kind() && a.state() == stored.state()
                && a.createdAt().truncatedTo(ChronoUnit.MILLIS).equals(stored.createdAt().truncatedTo(ChronoUnit.MILLIS))
                && new HashSet<>(set.spans()).equals(new HashSet<>(storedSpans))
                && new HashSet<>(set.links()).equals(new HashSet<>(storedLinks));
    }
}
