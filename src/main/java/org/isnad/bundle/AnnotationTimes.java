package org.isnad.bundle;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.Layer;
import org.isnad.domain.LinkType;

/**
 * When each annotation and link was made and last changed, read from a document's audit trail: the
 * model keeps no times on spans, but every change the editor commits writes the span or link as a
 * line {@code LAYER id [start, end) …} or {@code TYPE id from → to} in its event's "after". The
 * first event that writes an id made it; the last one changed it. Work that came in by an import
 * (brat, W3C, a bundle without its audit) has no such lines: its set's creation time stands in.
 */
final class AnnotationTimes {
    private static final Set<String> KINDS = Stream.concat(Stream.of(Layer.values()).map(Enum::name),
            Stream.of(LinkType.values()).map(Enum::name)).collect(Collectors.toUnmodifiableSet());

    /** Made, and last changed (null when never changed since). */
    record Times(Instant created, Instant modified) {
        Times {
            if (modified != null && !modified.isAfter(created)) {
                modified = null;
            }
        }

        /** The times of an annotation made of several spans: the first made, the last changed. */
        Times with(Times other) {
            Instant first = created.isBefore(other.created) ? created : other.created;
            Instant last = latest(latest(created, modified), latest(other.created, other.modified));
            return new Times(first, last);
        }

        private static Instant latest(Instant a, Instant b) {
            return b == null || a.isAfter(b) ? a : b;
        }
    }

    private final Map<String, Instant> first = new HashMap<>();
    private final Map<String, Instant> last = new HashMap<>();

    private AnnotationTimes(List<AuditEvent> events) {
        for (AuditEvent e : events) {
            if (e.after() == null) {
                continue;
            }
            for (String line : e.after().split("\n")) {
                String[] words = line.split(" ", 3);
                if (words.length >= 2 && KINDS.contains(words[0])) {
                    first.putIfAbsent(words[1], e.at());
                    last.put(words[1], e.at());
                }
            }
        }
    }

    static AnnotationTimes of(List<AuditEvent> events) {
        return new AnnotationTimes(events);
    }

    /** The times of a span or link; {@code otherwise} (its set's creation) when the trail does not name it. */
    Times of(String id, Instant otherwise) {
        Instant made = first.get(id);
        return made == null ? new Times(otherwise, null) : new Times(made, last.get(id));
    }
}
