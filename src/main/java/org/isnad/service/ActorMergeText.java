package org.isnad.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;

/**
 * A merge's undo record as text, one fact a line, fields separated by tabs (tabs, line breaks and
 * backslashes in names escaped; a missing value is {@code \0}): both actors before, the kept one
 * after, the other's roles, and what moved.
 */
final class ActorMergeText {
    private static final String NONE = "\\0";

    private ActorMergeText() {
    }

    static String of(ActorMerge merge) {
        StringBuilder out = new StringBuilder("isnad-actor-merge 1\n");
        actor(out, "kept", merge.keptBefore());
        actor(out, "other", merge.other());
        actor(out, "after", merge.keptAfter());
        for (ActorRole role : merge.otherRoles()) {
            line(out, "role", role.since().toString(), role.role());
        }
        ActorLinks moved = merge.moved();
        moved.speakerSpans().forEach(id -> line(out, "speaker", id));
        moved.implicitSpeakerQuotes().forEach(id -> line(out, "implicit", id));
        moved.claimantClaims().forEach(id -> line(out, "claimant", id));
        moved.roleDays().forEach(day -> line(out, "roleday", day.toString()));
        return out.toString();
    }

    static ActorMerge read(String mergeId, String text) {
        Actor kept = null;
        Actor other = null;
        Actor after = null;
        List<ActorRole> roles = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        List<String> implicit = new ArrayList<>();
        List<String> claimants = new ArrayList<>();
        List<LocalDate> roleDays = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            for (int i = 1; i < f.length; i++) {
                f[i] = unescape(f[i]);
            }
            switch (f[0]) {
                case "kept" -> kept = actor(f);
                case "other" -> other = actor(f);
                case "after" -> after = actor(f);
                case "role" -> roles.add(new ActorRole(LocalDate.parse(f[1]), f[2]));
                case "speaker" -> speakers.add(f[1]);
                case "implicit" -> implicit.add(f[1]);
                case "claimant" -> claimants.add(f[1]);
                case "roleday" -> roleDays.add(LocalDate.parse(f[1]));
                default -> {
                    // the heading line
                }
            }
        }
        return new ActorMerge(mergeId, kept, other, after, roles, new ActorLinks(speakers, implicit, claimants, roleDays));
    }

    private static void actor(StringBuilder out, String what, Actor a) {
        List<String> fields = new ArrayList<>(Arrays.asList(what, a.id(), a.canonicalName(), a.latinName(), a.kind().name(),
                a.role(), a.wikidataId()));
        fields.addAll(a.aliases());
        line(out, fields.toArray(String[]::new));
    }

    private static Actor actor(String[] f) {
        return new Actor(f[1], f[2], f[3], Arrays.asList(f).subList(7, f.length), ActorKind.valueOf(f[4]), f[5], f[6]);
    }

    private static void line(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            out.append(i == 0 ? fields[i] : "\t" + (fields[i] == null ? NONE : escape(fields[i])));
        }
        out.append('\n');
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** Undoes {@link #escape}; {@code \0} alone is a missing value. */
    private static String unescape(String s) {
        if (NONE.equals(s)) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
