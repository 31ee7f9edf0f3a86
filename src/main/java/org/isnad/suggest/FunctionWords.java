package org.isnad.suggest;

import java.util.HashSet;
import java.util.Set;
import org.isnad.text.ArabicFolding;

/** Closed word classes that bound a speaker's name or a reported clause (all folded). */
final class FunctionWords {

    private FunctionWords() {
    }

    /** أن / إن / بأن, bare or with a subject pronoun: what opens reported content. */
    private static final Set<String> COMPLEMENTIZERS = folded(
            "أن", "إن", "أنه", "أنها", "أنهم", "أنهما", "أنهن", "أنني", "أني", "أننا", "أنكم", "أنك",
            "إنه", "إنها", "إنهم", "إنهما", "إنني", "إننا",
            "بأن", "بأنه", "بأنها", "بأنهم", "بأنهما", "بأنهن", "بأنني", "بأننا");

    static final Set<String> PREPOSITIONS = folded(
            "في", "من", "على", "عن", "إلى", "مع", "ل", "لدى", "أمام", "حول", "بشأن", "عبر", "خلال",
            "أثناء", "بعد", "قبل", "عقب", "منذ", "حتى", "دون", "ضد", "نحو", "عند", "تجاه", "وسط",
            "إزاء", "حيال", "ب", "ك", "بين", "إثر", "لـ");

    /** Words that cannot be part of a speaker's name: they start an adjunct, a clause or an apposition. */
    private static final Set<String> NAME_STOPS = folded(
            "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "وهو", "وهي", "وهم", "وهما",
            "هو", "هي", "هم", "أيضا", "كذلك", "بدوره", "بدورها", "بدورهم", "قد", "لقد", "كان", "كانت",
            "وكان", "وكانت", "لا", "لم", "لن", "ما", "ثم", "حيث", "كما", "بينما", "إذ", "إذا", "لكن",
            "ولكن", "أو", "و", "ف", "فإن", "وإن", "وأن", "يوم", "اليوم", "أمس", "غدا", "الأحد", "الاثنين",
            "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "مساء", "صباح", "ظهر",
            "صباحا", "مساء", "مؤخرا", "سابقا", "لاحقا", "اليوم", "الليلة", "هذا", "هذه", "ذلك", "تلك",
            "عبر", "إنه", "بأنه", "أمس", "الأسبوع", "الشهر", "العام", "أول", "تعليقا", "ردا", "وفي",
            // never a speaker: function words and pronouns
            "فيما", "فيه", "فيها", "هؤلاء", "اسمه", "اسمها", "هويته", "هويتها", "نفسه", "نفسها",
            // an outlet after the speaker is the outer source, not part of the name: «قال فلان لوكالة …»
            "لوكالة", "لصحيفة", "لقناة", "لموقع", "لإذاعة", "لمجلة", "لتلفزيون", "لشبكة", "لجريدة", "لوكالات");

    /**
     * A preposition with an attached pronoun («به»، «عنه»، «له»): it points back at someone already named, so it is
     * never a speaker («وأشاد به الوزير»، «ونقل عنه أن …»، «وقال له المدير إن …»).
     */
    private static final Set<String> PRONOUN_PREPOSITIONS = withPronouns(
            "ب", "ل", "عن", "من", "إلي", "علي", "مع", "في", "لدي", "عند", "منذ");

    private static Set<String> withPronouns(String... prepositions) {
        Set<String> forms = new HashSet<>();
        for (String p : prepositions) {
            for (String suffix : new String[] {"ه", "ها", "هم", "هما", "هن", "ي", "نا", "ك", "كم"}) {
                forms.add(ArabicFolding.foldQuery(p + suffix));
            }
        }
        forms.remove(ArabicFolding.foldQuery("بي")); // rare, and a letter of Latin names in Arabic script («بي بي سي»)
        forms.remove(ArabicFolding.foldQuery("مني")); // also a given name («منى» folds to «مني»)
        forms.remove(ArabicFolding.foldQuery("لي")); // also a name («لي كه تشيانغ»)
        return forms;
    }

    /** «به»، «عنها»، «لهم»: a preposition carrying a pronoun. */
    static boolean isPronounPreposition(String w) {
        return PRONOUN_PREPOSITIONS.contains(w);
    }

    /** A title after a name starts an apposition without a comma: «غروس مدرب فريق الأهلي». */
    private static final Set<String> TITLES = folded(
            "مدرب", "وزير", "وزيرة", "رئيس", "رئيسة", "مدير", "مديرة", "مساعد", "مساعدة", "نائب", "سفير",
            "سفيرة", "السفير", "السفيرة", "المتحدث", "الناطق", "متحدث", "ناطق", "عضو", "أمين", "الأمين",
            "قائد", "محافظ", "مستشار", "المستشار", "أستاذ", "الأستاذ", "خبير", "الخبير", "الباحث", "باحث",
            "مسؤول", "المسؤول", "المدير", "الرئيس", "الوزير", "مؤسس", "رئيس", "المدرب", "مندوب",
            "المندوب", "الممثل", "ممثل", "زعيم", "الزعيم", "عضوة", "مراسل", "المراسل", "الكاتب", "كاتب",
            "وكيل", "الوكيل", "المتحدثة", "متحدثة", "الناطقة", "رئيسة", "الوزيرة", "محافظة", "المحافظ");

    /** Honorifics dropped from the front of an actor's name. */
    private static final Set<String> HONORIFICS = folded(
            "الدكتور", "الدكتورة", "د", "الشيخ", "السيد", "السيدة", "المهندس", "الأستاذ", "الأمير",
            "الأميرة", "اللواء", "العميد", "العقيد", "الفريق", "معالي", "سمو", "فضيلة", "المستشار");

    /** «بحسب تصريحات مسؤولين»: what was said, in front of who said it. */
    private static final Set<String> SPEECH_NOUNS = folded(
            "تصريحات", "تصريح", "تأكيدات", "بيان", "تقرير", "معلومات", "تقديرات", "أرقام", "بيانات",
            "إحصاءات", "رواية", "تقارير", "وثيقة", "ما", "كلام", "حديث", "تغريدة", "منشور");

    /** «لكن»، «كما»: words before a clause that are not part of what was said. */
    private static final Set<String> CONNECTIVES = folded(
            "لكن", "ولكن", "و", "ف", "كما", "بل", "غير", "إلا", "أما", "ثم", "إذ", "حيث", "لذلك", "لذا");

    /** «كما أن»، «رغم أن»، «إلا أن»: أن here joins clauses; it does not open what a cue says. */
    private static final Set<String> NOT_REPORTING_BEFORE = folded(
            "كما", "رغم", "برغم", "بالرغم", "مع", "إلا", "غير", "حيث", "بما", "طالما", "لو", "ولو", "إذ",
            "بيد", "علما", "سيما", "خاصة", "حين", "لمجرد", "مجرد", "ريثما", "بعدما", "وكما", "ومع", "لولا");

    static boolean blocksComplementizer(String w) {
        return NOT_REPORTING_BEFORE.contains(w);
    }

    static boolean isComplementizer(String w) {
        return COMPLEMENTIZERS.contains(w);
    }

    /** «أنه»، «بأنها»: the complementizer carries the clause's subject, so it belongs to the quote. */
    static boolean carriesPronoun(String w) {
        String bare = w.startsWith("ب") ? w.substring(1) : w;
        return bare.length() > 2;
    }

    static boolean isPreposition(String w) {
        return PREPOSITIONS.contains(w);
    }

    static boolean stopsName(String w) {
        return NAME_STOPS.contains(w) || COMPLEMENTIZERS.contains(w) || PREPOSITIONS.contains(w)
                || PRONOUN_PREPOSITIONS.contains(w);
    }

    private static final Set<String> COPULAS = folded("كان", "وكان", "كانت", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا");

    static boolean isCopula(String w) {
        return COPULAS.contains(w);
    }

    static boolean isTitle(String w) {
        return TITLES.contains(w);
    }

    static boolean isHonorific(String w) {
        return HONORIFICS.contains(w);
    }

    static boolean isSpeechNoun(String w) {
        return SPEECH_NOUNS.contains(w);
    }

    static boolean isConnective(String w) {
        return CONNECTIVES.contains(w);
    }

    static Set<String> folded(String... words) {
        Set<String> set = new HashSet<>();
        for (String w : words) {
            set.add(ArabicFolding.foldQuery(w));
        }
        return set;
    }
}
