package org.isnad.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.Span;

/** One analyst's spans and links on one document, as the measures read them. */
public record AnalystSet(String analyst, List<Span> spans, List<Link> links) {
    public AnalystSet {
        spans = List.copyOf(spans);
        links = List.copyOf(links);
    }

    public List<Span> spansIn(Layer layer) {
        return spans.stream().filter(s -> s.layer() == layer).toList();
    }

    /** Each quote's outgoing link of a type (a quote has at most one speaker and one cue), by quote id. */
    Map<String, Span> targetsOf(LinkType type) {
        Map<String, Span> byId = new HashMap<>();
        spans.forEach(s -> byId.put(s.id(), s));
        Map<String, Span> targets = new HashMap<>();
        for (Link link : links) {
            Span to = byId.get(link.toSpanId());
            if (link.type() == type && to != null) {
                targets.putIfAbsent(link.fromSpanId(), to);
            }
        }
        return targets;
    }
}
