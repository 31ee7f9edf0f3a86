package org.isnad.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.domain.Actor;
import org.isnad.text.ArabicFolding;

/**
 * What weighs most when matching claims: the numbers a text names (Arabic-Indic digits read as ASCII,
 * «١٥٠٠» = «1500», thousands separators dropped) and the actors it names (by any of their names, compared
 * folded, so «الأميركي» and «الامريكي» or harakat make no difference).
 */
public final class ClaimFeatures {
    private static final Pattern NUMBER = Pattern.compile("[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*");
    private final List<Name> names = new ArrayList<>();

    private record Name(String folded, String actorId) {
    }

    public ClaimFeatures(List<Actor> actors) {
        for (Actor a : actors) {
            add(a.canonicalName(), a.id());
            a.aliases().forEach(alias -> add(alias, a.id()));
        }
    }

    private void add(String name, String id) {
        String folded = ArabicFolding.foldQuery(name).strip();
        if (folded.length() >= 3) {
            names.add(new Name(" " + folded + " ", id));
        }
    }

    public ClaimMatchEntry entry(String claimId, String text) {
        return new ClaimMatchEntry(claimId, text, numbers(text), actors(text));
    }

    public static Set<String> numbers(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            StringBuilder sb = new StringBuilder();
            for (char c : m.group().toCharArray()) {
                if (c >= '\u0660' && c <= '\u0669') {
                    sb.append((char) ('0' + c - '\u0660'));
                } else if (c >= '\u06F0' && c <= '\u06F9') {
                    sb.append((char) ('0' + c - '\u06F0'));
                } else if (c == '.' || c == '\u066B') {
                    sb.append('.');
                } else if (c >= '0' && c <= '9') {
                    sb.append(c);
                }
            }
            found.add(sb.toString());
        }
        return found;
    }

    public Set<String> actors(String text) {
        String folded = " " + ArabicFolding.foldQuery(text).replaceAll("[\\p{P}\\s]+", " ") + " ";
        Set<String> found = new LinkedHashSet<>();
        for (Name n : names) {
            if (folded.contains(n.folded())) {
                found.add(n.actorId());
            }
        }
        return found;
    }
}
