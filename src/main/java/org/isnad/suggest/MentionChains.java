package org.isnad.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who a speaker mention names, within one article. An apposition «رئيس مجلس النواب العراقي سليم
 * الجبوري» names the person after the titles («سليم الجبوري»), and the titles are kept as that
 * person's. A later mention by part of the name («الجبوري») or by title only («وزير الخدمة المدنية»،
 * «رئيس البرلمان») refers back to the earlier named person with that name or title, most recent
 * first; it makes no new actor.
 */
final class MentionChains {
    /** Name words that begin with «ال» but are not the definite article («عبد الله»، «صلاح الدين»). */
    private static final Set<String> NAME_AL = FunctionWords.folded("الله", "الدين", "الرحمن", "العزيز", "الرحيم",
            "الكريم", "الحق", "الحميد", "المجيد", "الملك", "الإله");
    /** «والد الفتاة» is not «الفتاة»: mentions headed by these never stand for a shorter name. */
    private static final Set<String> RELATIONAL = FunctionWords.folded("والد", "والدة", "شقيق", "شقيقة", "زوج",
            "زوجة", "ابن", "ابنة", "أحد", "عدد", "مصدر", "مصادر", "أم", "أب", "أخ", "أخت");
    private static final Set<String> GENERIC_TITLES = FunctionWords.folded("المتحدثة", "المتحدث", "الناطقة",
            "الناطق", "وكيل", "الوكيل", "المصدر", "رئيسة", "الوزيرة", "وزيرة", "المديرة", "الأمينة");

    private record Person(String name, String[] folded, List<String> titleWords) {
    }

    /** Recent people by the last word of their folded name, and by their head title: most recent last. */
    private final java.util.Map<String, List<Person>> byLastWord = new java.util.HashMap<>();
    private final java.util.Map<String, List<Person>> byHeadTitle = new java.util.HashMap<>();
    /** How many recent people with one key are compared: keeps a long article linear. */
    private static final int RECENT = 8;

    private void remember(String name, List<String> titleWords) {
        String[] folded = org.isnad.text.ArabicFolding.foldQuery(name).split(" ");
        Person p = new Person(name, folded, titleWords);
        add(byLastWord, folded[folded.length - 1], p);
        if (!titleWords.isEmpty()) {
            add(byHeadTitle, bare(titleWords.get(0)), p);
        }
    }

    private static void add(java.util.Map<String, List<Person>> index, String key, Person p) {
        List<Person> list = index.computeIfAbsent(key, k -> new ArrayList<>());
        list.removeIf(o -> o.name().equals(p.name()) && o.titleWords().equals(p.titleWords()));
        list.add(p);
        if (list.size() > RECENT) {
            list.remove(0);
        }
    }

    /** The actor a mention's words (folded, space-separated) and its shown name stand for. */
    String resolve(String foldedWords, String shownName) {
        String[] words = foldedWords.split(" ");
        String[] shown = shownName.split(" ");
        if (words.length == 0 || words[0].isEmpty()) {
            return shownName;
        }
        if (isTitle(words[0])) {
            int start = nameStart(words);
            if (start > 0 && words.length == shown.length) {
                String person = String.join(" ", java.util.Arrays.copyOfRange(shown, start, shown.length));
                String earlier = byName(java.util.Arrays.copyOfRange(words, start, words.length));
                String name = earlier != null ? earlier : person;
                remember(name, List.of(java.util.Arrays.copyOfRange(words, 0, start)));
                return name;
            }
            if (start < 0) {
                String earlier = byTitle(words);
                if (earlier != null) {
                    return earlier;
                }
                remember(shownName, List.of(words));
                return shownName;
            }
        }
        String earlier = byName(words);
        if (earlier != null) {
            return earlier;
        }
        remember(shownName, List.of());
        return shownName;
    }

    static boolean isTitle(String w) {
        return FunctionWords.isTitle(w) || GENERIC_TITLES.contains(w);
    }

    /** Where the person's name starts after the titles, or -1 when the mention is titles only. */
    static int nameStart(String[] w) {
        int i = w.length - 1;
        if (i > 1 && isDefinite(w[i]) && !isDefinite(w[i - 1])) {
            i--; // a family name with «ال»: «سليم الجبوري»
        }
        int last = i;
        if (isDefinite(w[i])) {
            return -1;
        }
        while (i >= 1 && !isDefinite(w[i]) && !isTitle(w[i]) && !FunctionWords.stopsName(w[i]) && !w[i].equals("باسم")) {
            i--;
        }
        int start = i + 1;
        return start <= last && start >= 1 ? start : -1;
    }

    private static boolean isDefinite(String w) {
        return (w.startsWith("ال") && !NAME_AL.contains(w)) || w.startsWith("لل");
    }

    /** An earlier person whose name ends with these words («الجبوري» for «سليم الجبوري»). */
    private String byName(String[] words) {
        List<Person> candidates = byLastWord.getOrDefault(words[words.length - 1], List.of());
        for (int p = candidates.size() - 1; p >= 0; p--) {
            Person person = candidates.get(p);
            String[] name = person.folded();
            if (name.length > words.length && !RELATIONAL.contains(name[0]) && endsWith(name, words)) {
                return person.name();
            }
        }
        return null;
    }

    private static boolean endsWith(String[] name, String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (!name[name.length - words.length + i].equals(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** The most recent earlier person with the same head title and the most title words in common. */
    private String byTitle(String[] words) {
        String head = bare(words[0]);
        String best = null;
        int bestShared = 0;
        List<Person> candidates = byHeadTitle.getOrDefault(head, List.of());
        for (int p = candidates.size() - 1; p >= 0; p--) {
            Person person = candidates.get(p);
            if (person.titleWords().isEmpty() || !bare(person.titleWords().get(0)).equals(head)) {
                continue;
            }
            int shared = 0;
            for (String w : words) {
                for (String t : person.titleWords()) {
                    if (bare(t).equals(bare(w))) {
                        shared++;
                        break;
                    }
                }
            }
            if (shared > bestShared) {
                bestShared = shared;
                best = person.name();
            }
        }
        return best;
    }

    private static String bare(String w) {
        String b = w.startsWith("ال") ? w.substring(2) : w;
        return b.endsWith("ة") ? b.substring(0, b.length() - 1) : b;
    }
}
