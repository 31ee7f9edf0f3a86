package org.isnad.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.Span;

/**
 * Cuts the analysts' sets on one document (and the curated set) into curation units. Spans of the same layer from
 * different parties are joined into one unit when they overlap, exact matches first, then the pairs sharing most
 * characters (as {@link SpanMatching#overlapping} pairs them); a unit never holds two spans of one party, so a
 * nested quote stays apart from the quote around it.
 */
public final class CurationUnits {
    private CurationUnits() {
    }

    /**
     * @param analysts the analysts' sets in the assignment's order (analyst 1 first)
     * @param curated  the curated set (its analyst name is not used)
     * @param basis    per analyst (same order), the fingerprints of their versions when curation began; empty when
     *                 nothing is known, then nothing shows as changed
     */
    public static List<CurationUnit> of(List<AnalystSet> analysts, AnalystSet curated, List<Set<String>> basis) {
        List<AnalystSet> parties = new ArrayList<>(analysts);
        parties.add(curated);
        List<Node> nodes = new ArrayList<>();
        List<List<Span>> spansByParty = new ArrayList<>();
        List<Map<Span, Integer>> nodeOf = new ArrayList<>();
        for (int p = 0; p < parties.size(); p++) {
            AnalystSet set = parties.get(p);
            Map<String, Span> byId = new HashMap<>();
            set.spans().forEach(s -> byId.put(s.id(), s));
            Map<String, List<String>> ends = new HashMap<>();
            for (Link link : set.links()) {
                Span to = byId.get(link.toSpanId());
                if (to != null) {
                    ends.computeIfAbsent(link.fromSpanId(), k -> new ArrayList<>())
                            .add(link.type().name() + ">" + UnitVersion.place(to.layer(), to.start(), to.end()));
                }
            }
            Map<Span, Integer> ofParty = new java.util.IdentityHashMap<>();
            nodeOf.add(ofParty);
            for (Span s : set.spans()) {
                List<String> linkEnds = new ArrayList<>(ends.getOrDefault(s.id(), List.of()));
                linkEnds.sort(null);
                ofParty.put(s, nodes.size());
                nodes.add(new Node(p, new UnitVersion(s, linkEnds)));
            }
            spansByParty.add(set.spans());
        }
        int[] parent = new int[nodes.size()];
        int[] mask = new int[nodes.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            mask[i] = 1 << nodes.get(i).party;
        }
        // exact matches first, by place (a hash lookup); then overlapping pairs, but only among the spans not yet in a
        // unit with the other party: most spans match exactly, and they need no overlap search
        for (int p = 0; p < parties.size(); p++) {
            for (int q = p + 1; q < parties.size(); q++) {
                for (SpanPair pair : SpanMatching.exact(open(spansByParty.get(p), p, q, nodeOf, parent, mask),
                        open(spansByParty.get(q), q, p, nodeOf, parent, mask))) {
                    union(parent, mask, nodeOf.get(p).get(pair.a()), nodeOf.get(q).get(pair.b()));
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int p = 0; p < parties.size(); p++) {
            for (int q = p + 1; q < parties.size(); q++) {
                for (SpanPair pair : SpanMatching.overlapping(open(spansByParty.get(p), p, q, nodeOf, parent, mask),
                        open(spansByParty.get(q), q, p, nodeOf, parent, mask))) {
                    int distance = Math.abs(pair.a().start() - pair.b().start()) + Math.abs(pair.a().end() - pair.b().end());
                    candidates.add(new Candidate(nodeOf.get(p).get(pair.a()), nodeOf.get(q).get(pair.b()),
                            distance, pair.overlap()));
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.distance == 0 ? 0 : 1)
                .thenComparing(Comparator.comparingInt((Candidate c) -> c.overlap).reversed())
                .thenComparingInt(c -> c.distance).thenComparingInt(c -> c.a).thenComparingInt(c -> c.b));
        for (Candidate c : candidates) {
            union(parent, mask, c.a, c.b);
        }
        Map<Integer, List<Node>> groups = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(nodes.get(i));
        }
        List<List<Node>> ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparingInt((List<Node> g) -> start(g)).thenComparing(Comparator.comparingInt(
                (List<Node> g) -> end(g)).reversed()).thenComparing(g -> g.get(0).version.span().layer())
                .thenComparing(g -> g.get(0).version.fingerprint()));
        int n = analysts.size();
        List<Set<String>> current = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            current.add(new HashSet<>());
        }
        nodes.stream().filter(node -> node.party < n).forEach(node -> current.get(node.party).add(node.version.fingerprint()));
        List<CurationUnit> units = new ArrayList<>(ordered.size());
        for (List<Node> group : ordered) {
            List<Optional<UnitVersion>> versions = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                versions.add(Optional.empty());
            }
            Optional<UnitVersion> curatedVersion = Optional.empty();
            boolean changed = false;
            for (Node node : group) {
                if (node.party == n) {
                    curatedVersion = Optional.of(node.version);
                } else {
                    versions.set(node.party, Optional.of(node.version));
                    changed |= !basis.isEmpty() && !basis.get(node.party).contains(node.version.fingerprint());
                }
            }
            Layer layer = group.get(0).version.span().layer();
            units.add(new CurationUnit(units.size() + 1, layer, start(group), end(group), versions, curatedVersion,
                    state(versions), changed));
        }
        return basis.isEmpty() ? units : markRemoved(units, basis, current);
    }

    private static UnitState state(List<Optional<UnitVersion>> versions) {
        long present = versions.stream().filter(Optional::isPresent).count();
        if (present == 0) {
            return UnitState.CURATOR_ONLY;
        }
        if (present < versions.size()) {
            return UnitState.ONLY_SOME;
        }
        UnitVersion first = versions.get(0).get();
        return versions.stream().allMatch(v -> v.get().sameAs(first)) ? UnitState.ALL_AGREE : UnitState.DISAGREE;
    }

    /** A version an analyst had when curation began and has no more marks the units at its place as changed. */
    private static List<CurationUnit> markRemoved(List<CurationUnit> units, List<Set<String>> basis, List<Set<String>> current) {
        int[] starts = units.stream().mapToInt(CurationUnit::start).toArray();
        int longest = units.stream().mapToInt(u -> u.end() - u.start()).max().orElse(0);
        Set<Integer> changed = new HashSet<>();
        for (int i = 0; i < basis.size() && i < current.size(); i++) {
            for (String gone : basis.get(i)) {
                if (current.get(i).contains(gone)) {
                    continue;
                }
                Object[] place = UnitVersion.placeOf(gone);
                int start = (Integer) place[1];
                int end = (Integer) place[2];
                for (int j = firstAtOrAfter(starts, start - longest + 1); j < units.size() && starts[j] < end; j++) {
                    CurationUnit u = units.get(j);
                    if (u.layer() == place[0] && u.end() > start) {
                        changed.add(j);
                    }
                }
            }
        }
        if (changed.isEmpty()) {
            return units;
        }
        List<CurationUnit> marked = new ArrayList<>(units);
        for (int j : changed) {
            CurationUnit u = units.get(j);
            marked.set(j, new CurationUnit(u.number(), u.layer(), u.start(), u.end(), u.versions(), u.curated(), u.state(), true));
        }
        return marked;
    }

    /** Each analyst's fingerprints now: what is recorded as the basis when curation begins. */
    public static List<Set<String>> fingerprints(List<AnalystSet> analysts) {
        List<Set<String>> all = new ArrayList<>();
        for (AnalystSet set : analysts) {
            Set<String> prints = new HashSet<>();
            of(List.of(set), new AnalystSet("-", List.of(), List.of()), List.of()).forEach(u ->
                    u.version(1).ifPresent(v -> prints.add(v.fingerprint())));
            all.add(prints);
        }
        return all;
    }

    private static int start(List<Node> group) {
        return group.stream().mapToInt(n -> n.version.span().start()).min().orElseThrow();
    }

    private static int end(List<Node> group) {
        return group.stream().mapToInt(n -> n.version.span().end()).max().orElseThrow();
    }

    /** Party {@code p}'s spans whose unit has no span of party {@code q} yet. */
    private static List<Span> open(List<Span> spans, int p, int q, List<Map<Span, Integer>> nodeOf, int[] parent, int[] mask) {
        List<Span> open = new ArrayList<>();
        for (Span s : spans) {
            if ((mask[root(parent, nodeOf.get(p).get(s))] & (1 << q)) == 0) {
                open.add(s);
            }
        }
        return open;
    }

    /** Joins two units unless that would put two spans of one party in one unit. */
    private static void union(int[] parent, int[] mask, int a, int b) {
        int ra = root(parent, a);
        int rb = root(parent, b);
        if (ra != rb && (mask[ra] & mask[rb]) == 0) {
            parent[rb] = ra;
            mask[ra] |= mask[rb];
        }
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static int firstAtOrAfter(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private record Node(int party, UnitVersion version) {
    }

    private record Candidate(int a, int b, int distance, int overlap) {
    }
}
