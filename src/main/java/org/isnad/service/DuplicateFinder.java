package org.isnad.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.domain.Actor;
import org.isnad.text.ArabicFolding;

/**
 * Proposes actors that are probably the same: same folded name, a shared alias, or one name inside
 * the other as whole words. Names are indexed by folded form and by word, so thousands of actors
 * are not compared pair by pair.
 */
public final class DuplicateFinder {
    /** Shorter names than this (folded) are not proposed as contained: «ال» is in every other name. */
    static final int MIN_CONTAINED = 3;

    private DuplicateFinder() {
    }

    /** Every folded name form of an actor: canonical, Latin, aliases. */
    static Set<String> names(Actor actor) {
        Set<String> names = new LinkedHashSet<>();
        names.add(fold(actor.canonicalName()));
        if (actor.latinName() != null) {
            names.add(fold(actor.latinName()));
        }
        for (String alias : actor.aliases()) {
            names.add(fold(alias));
        }
        names.remove("");
        return names;
    }

    public static List<DuplicateProposal> propose(List<Actor> actors) {
        Map<String, List<Actor>> byName = new HashMap<>();
        Map<String, List<Actor>> byWord = new HashMap<>();
        for (Actor actor : actors) {
            for (String name : names(actor)) {
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(actor);
                for (String word : name.split(" ")) {
                    byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(actor);
                }
            }
        }
        List<DuplicateProposal> proposals = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Actor a : actors) {
            String primary = fold(a.canonicalName());
            for (String name : names(a)) {
                for (Actor b : byName.getOrDefault(name, List.of())) {
                    boolean same = name.equals(primary) && name.equals(fold(b.canonicalName()));
                    add(proposals, seen, a, b, same ? DuplicateProposal.Reason.SAME_NAME
                            : DuplicateProposal.Reason.SHARED_ALIAS, name);
                }
                if (name.length() < MIN_CONTAINED) {
                    continue;
                }
                for (String word : name.split(" ")) {
                    for (Actor b : byWord.getOrDefault(word, List.of())) {
                        for (String other : names(b)) {
                            if (other.length() > name.length() && (" " + other + " ").contains(" " + name + " ")) {
                                add(proposals, seen, a, b, DuplicateProposal.Reason.NAME_CONTAINED, name);
                            }
                        }
                    }
                }
            }
        }
        return proposals;
    }

    private static void add(List<DuplicateProposal> out, Set<String> seen, Actor a, Actor b,
                            DuplicateProposal.Reason reason, String name) {
        if (a.id().equals(b.id())) {
            return;
        }
        String key = a.id().compareTo(b.id()) < 0 ? a.id() + " " + b.id() : b.id() + " " + a.id();
        if (seen.add(key)) {
            out.add(new DuplicateProposal(a, b, reason, name));
        }
    }

    private static String fold(String name) {
        return ArabicFolding.foldQuery(name.strip()).replaceAll("\\s+", " ");
    }
}
