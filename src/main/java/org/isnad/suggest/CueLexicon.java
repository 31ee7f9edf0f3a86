package org.isnad.suggest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.text.ArabicFolding;

/**
 * Arabic attribution cues in all the forms news text uses: verbs of saying and belief in the
 * past and present (masculine, feminine, plural, dual), circumstantial participles, verbal nouns,
 * passive and impersonal forms and prepositional phrases; each with an attached «و»/«ف» or
 * without. All forms are folded (see {@link ArabicFolding}), so spelling variants meet.
 */
final class CueLexicon {

    private static final Map<String, CueWord> FORMS = new HashMap<>();
    /** Forms that look like cues but are the writer's own background («ويذكر أن»، «فحسب»). */
    private static final Set<String> NOT_CUES = FunctionWords.folded("يذكر", "يشار", "فحسب", "حسبي");
    private static final Set<String> NOT_BEFORE_DHAKAR = FunctionWords.folded("رافضا", "رافضة", "رفض", "رفضت", "عدم",
            "دون", "بدون", "طالبا", "طالبة", "طلب", "طلبت", "مفضلا", "مفضلة", "فضل");

    static {
        // verbs of saying: past, present, participle (null: none in use), governed prepositions
        say("قال", "يقول", "قائل");
        continuation("أضاف", "يضيف", "مضيف");
        say("أكد", "يؤكد", "مؤكد", "على");
        say("أشار", "يشير", "مشير", "إلى");
        say("أوضح", "يوضح", "موضح");
        say("صرح", "يصرح", "مصرح", "ل");
        say("ذكر", "يذكر", "ذاكر");
        say("أعلن", "يعلن", "معلن", "عن");
        say("أفاد", "يفيد", "مفيد", "ب");
        say("لفت", "يلفت", "لافت", "إلى");
        say("شدد", "يشدد", "مشدد", "على");
        say("كشف", "يكشف", "كاشف", "عن");
        say("نفى", "ينفي", null);
        participles("نفى", Gender.MASCULINE, "نافيا");
        participles("نفى", Gender.FEMININE, "نافية");
        say("حذر", "يحذر", "محذر", "من");
        say("زعم", "يزعم", "زاعم");
        say("ادعى", "يدعي", null);
        continuation("تابع", "يتابع", "متابع");
        continuation("أردف", "يردف", "مردف");
        continuation("استطرد", "يستطرد", "مستطرد");
        continuation("استدرك", "يستدرك", "مستدرك");
        continuation("واصل", "يواصل", "مواصل");
        continuation("أكمل", "يكمل", "مكمل");
        continuation("ختم", "يختم", "خاتم");
        continuation("اختتم", "يختتم", "مختتم");
        say("أجاب", "يجيب", "مجيب", "على", "عن");
        say("علق", "يعلق", "معلق", "على");
        say("أقر", "يقر", "مقر", "ب");
        say("اعترف", "يعترف", "معترف", "ب");
        say("نقل", "ينقل", "ناقل", "عن");
        say("أبلغ", "يبلغ", "مبلغ");
        say("أخبر", "يخبر", "مخبر");
        say("روى", "يروي", null);
        say("أعرب", "يعرب", "معرب", "عن");
        say("نوه", "ينوه", "منوه", "إلى", "ب");
        say("نبه", "ينبه", "منبه", "إلى");
        say("تساءل", "يتساءل", "متسائل");
        say("شرح", "يشرح", "شارح");
        say("أورد", "يورد", "مورد");
        say("تعهد", "يتعهد", "متعهد", "ب");
        say("جزم", "يجزم", "جازم", "ب");
        say("رد", "يرد", "راد", "على");
        say("بين", "يبين", "مبين");
        belief("اعتبر", "يعتبر", "معتبر");
        belief("رأى", "يرى", "رائي");
        belief("اعتقد", "يعتقد", "معتقد");
        belief("ظن", "يظن", null);
        belief("توقع", "يتوقع", "متوقع");
        belief("رجح", "يرجح", "مرجح");
        belief("استبعد", "يستبعد", "مستبعد");
        say("وصف", "يصف", "واصف");
        say("أشاد", "يشيد", "مشيد", "ب");
        say("طالب", "يطالب", "مطالب", "ب");
        say("اتهم", "يتهم", "متهم");
        say("توعد", "يتوعد", "متوعد", "ب");
        say("استغرب", "يستغرب", "مستغرب");
        say("دعا", "يدعو", null, "إلى");
        forms("دعا", CueKind.VERB, Gender.FEMININE, "دعت");
        forms("دعا", CueKind.VERB, Gender.PLURAL, "دعوا", "يدعون");
        forms("دعا", CueKind.PARTICIPLE, Gender.MASCULINE, "داعيا");
        forms("دعا", CueKind.PARTICIPLE, Gender.FEMININE, "داعية");
        // «بين» is also "between", «رد» also "a reply": only with «و»/«ف» or after «كما»
        ambiguous("بين", "رد", "يرد", "ترد");

        putAll(List.of("قيل", "يقال", "أفيد", "يفاد"), CueKind.IMPERSONAL, Gender.UNKNOWN);
        FORMS.put(fold("أشير"), new CueWord(fold("أشار"), CueKind.IMPERSONAL, Gender.UNKNOWN,
                FunctionWords.folded("إلى"), false, false, false));

        verbalNoun("قول", "بالقول");
        verbalNoun("تأكيد", null);
        for (String f : List.of("بحسب", "حسب", "وفق", "وفقا", "طبقا", "نقلا", "حسبما", "بحسبما", "وفقما", "تبعا")) {
            FORMS.put(fold(f), new CueWord(fold(f), CueKind.ACCORDING_TO, Gender.UNKNOWN, Set.of(), false, false, false));
        }
        for (String f : List.of("جاء", "ورد")) {
            FORMS.put("@" + fold(f), new CueWord(fold(f), CueKind.SOURCE_VERB, Gender.UNKNOWN,
                    FunctionWords.folded("في"), false, false, false));
        }
    }

    private CueLexicon() {
    }

    /** The cue that starts at token {@code i}, or null. */
    static CueMatch match(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isWord()) {
            return null;
        }
        String w = t.text();
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        // «على حد قوله»
        if (w.equals("علي") && next != null && next.is("حد") && i + 2 < tokens.size()) {
            Token third = tokens.get(i + 2);
            Gender g = third.isWord() ? asSaidGender(third.text()) : null;
            if (g != null) {
                return new CueMatch(i, i + 3, t.start(), third.end(),
                        new CueWord("علي حد", CueKind.AS_SAID, g, Set.of(), false, true, false), false);
            }
        }
        // «جاء في البيان»، «وورد في التقرير»
        if (next != null && next.is("في")) {
            for (int p = 0; p <= 1; p++) {
                if (p == 1 && !hasProclitic(w)) {
                    break;
                }
                CueWord source = FORMS.get("@" + w.substring(p));
                if (source != null) {
                    return new CueMatch(i, i + 1, t.start() + p, t.end(), source, p == 1);
                }
            }
        }
        if (NOT_CUES.contains(w)) {
            return null;
        }
        // «رافضا ذكر اسمه»، «دون ذكر»: the verbal noun, not «ذكر» (he said)
        if (w.equals("ذكر") && i > 0 && tokens.get(i - 1).isWord() && NOT_BEFORE_DHAKAR.contains(tokens.get(i - 1).text())) {
            return null;
        }
        CueWord word = FORMS.get(w);
        int proclitic = 0;
        if (word == null && hasProclitic(w) && w.length() > 3) {
            word = FORMS.get(w.substring(1));
            proclitic = 1;
        }
        if (word == null || NOT_CUES.contains(w.substring(proclitic))) {
            return null;
        }
        if (word.needsProclitic() && proclitic == 0 && !(i > 0 && tokens.get(i - 1).is("كما"))) {
            return null;
        }
        if (word.kind() == CueKind.ACCORDING_TO) {
            String bare = w.substring(proclitic);
            if (next == null || (next.kind() != Token.Kind.WORD && next.kind() != Token.Kind.MARK)) {
                return null;
            }
            if ((bare.equals("طبقا") || bare.equals("وفقا") || bare.equals("تبعا"))
                    && (next == null || !next.isWord() || !next.text().startsWith("ل"))) {
                return null;
            }
            if (bare.equals("نقلا") && (next == null || !next.is("عن"))) {
                return null;
            }
        }
        return new CueMatch(i, i + 1, t.start() + proclitic, t.end(), word, proclitic == 1);
    }

    private static boolean hasProclitic(String w) {
        return w.length() > 2 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف');
    }

    private static Gender asSaidGender(String w) {
        for (String stem : List.of("قول", "تعبير", "وصف")) {
            if (w.startsWith(stem)) {
                return suffixGender(w.substring(stem.length()));
            }
        }
        return null;
    }

    private static Gender suffixGender(String suffix) {
        switch (suffix) {
            case "ه": return Gender.MASCULINE;
            case "ها": return Gender.FEMININE;
            case "هم": case "هن": return Gender.PLURAL;
            case "هما": return Gender.DUAL;
            default: return null;
        }
    }

    private static void say(String past, String present, String participle, String... preps) {
        verb(past, present, participle, false, false, preps);
    }

    private static void continuation(String past, String present, String participle, String... preps) {
        verb(past, present, participle, false, true, preps);
    }

    private static void belief(String past, String present, String participle, String... preps) {
        verb(past, present, participle, true, false, preps);
    }

    private static void verb(String past, String present, String participle, boolean belief,
                             boolean continuation, String... preps) {
        String lemma = fold(past);
        CueWord base = new CueWord(lemma, CueKind.VERB, Gender.MASCULINE, FunctionWords.folded(preps),
                belief, continuation, false);
        String p = fold(past);
        boolean defective = p.endsWith("ي");
        String pBase = defective ? p.substring(0, p.length() - 1) : p;
        add(p, base, Gender.MASCULINE);
        add(pBase + "ت", base, Gender.FEMININE);
        add(pBase + "وا", base, Gender.PLURAL);
        add(p + "ا", base, Gender.DUAL);
        add(pBase + "تا", base, Gender.DUAL);
        if (present != null) {
            String stem = fold(present).substring(1);
            String stemBase = stem.endsWith("ي") ? stem.substring(0, stem.length() - 1) : stem;
            add("ي" + stem, base, Gender.MASCULINE);
            add("ت" + stem, base, Gender.FEMININE);
            add("ي" + stemBase + "ون", base, Gender.PLURAL);
            add("ي" + stem + "ان", base, Gender.DUAL);
            add("ت" + stem + "ان", base, Gender.DUAL);
        }
        if (participle != null) {
            CueWord part = new CueWord(lemma, CueKind.PARTICIPLE, Gender.MASCULINE, base.prepositions(),
                    belief, continuation, false);
            String m = fold(participle);
            add(m + "ا", part, Gender.MASCULINE);
            add(m + "ه", part, Gender.FEMININE);
            add(m + "ين", part, Gender.PLURAL);
            add(m + "ون", part, Gender.PLURAL);
            add(m + "ات", part, Gender.PLURAL);
        }
    }

    private static void participles(String past, Gender g, String form) {
        CueWord any = FORMS.get(fold(past));
        add(fold(form), new CueWord(fold(past), CueKind.PARTICIPLE, g, any.prepositions(), any.belief(),
                any.continuation(), false), g);
    }

    /** Irregular forms of a verb already in the lexicon («دعت»، «يدعون»). */
    private static void forms(String past, CueKind kind, Gender g, String... forms) {
        CueWord any = FORMS.get(fold(past));
        for (String form : forms) {
            add(fold(form), new CueWord(any.lemma(), kind, g, any.prepositions(), any.belief(), any.continuation(), false), g);
        }
    }

    private static void ambiguous(String... forms) {
        for (String f : forms) {
            CueWord w = FORMS.get(fold(f));
            if (w != null) {
                FORMS.put(fold(f), new CueWord(w.lemma(), w.kind(), w.gender(), w.prepositions(), w.belief(),
                        w.continuation(), true));
            }
        }
    }

    private static void verbalNoun(String stem, String withBa) {
        CueWord noun = new CueWord(fold(stem), CueKind.VERBAL_NOUN, Gender.UNKNOWN, Set.of(), false, false, false);
        String s = fold(stem);
        for (String suffix : List.of("ه", "ها", "هم", "هما", "هن")) {
            add(s + suffix, noun, suffixGender(suffix));
        }
        if (withBa != null) {
            add(fold(withBa), noun, Gender.UNKNOWN);
        }
    }

    private static void putAll(List<String> forms, CueKind kind, Gender g) {
        for (String f : forms) {
            FORMS.put(fold(f), new CueWord(fold(f), kind, g, Set.of(), false, false, false));
        }
    }

    /** The first entry wins: a past form is not overwritten by a rarer reading of the same letters. */
    private static void add(String form, CueWord word, Gender g) {
        CueWord inflected = word.withGender(g);
        FORMS.putIfAbsent(form, inflected);
        // writers spell the hamza seat loosely: «يؤكد» / «يوكد»، «قائلا» / «قايلا»
        if (form.indexOf('ؤ') >= 0) {
            FORMS.putIfAbsent(form.replace('ؤ', 'و'), inflected);
        }
        if (form.indexOf('ئ') >= 0) {
            FORMS.putIfAbsent(form.replace('ئ', 'ي'), inflected);
        }
    }

    private static String fold(String s) {
        return ArabicFolding.foldQuery(s);
    }
}
