package org.isnad.suggest;

import java.util.List;
import java.util.Optional;
import org.isnad.text.ArabicFolding;

/**
 * Gives every quote its speaker, in text order: the name around its cue; for a circumstantial
 * participle («…، قائلاً:») the subject of the same sentence; otherwise the previous speaker
 * («وأضاف:»). Names are looked up in the registry, else the mention's own words are the name.
 */
final class SpeakerResolver {

    private static final int SUBJECT_WORDS = 4;

    private SpeakerResolver() {
    }

    static void resolve(Article a, List<Draft> drafts, KnownActors actors) {
        PreviousSpeakers previous = new PreviousSpeakers();
        java.util.Set<Draft> parents = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Draft d : drafts) {
            if (d.parent != null) {
                parents.add(d.parent);
            }
        }
        MentionChains chains = new MentionChains();
        DraftsByToken byToken = new DraftsByToken(drafts);
        for (int k = 0; k < drafts.size(); k++) {
            Draft d = drafts.get(k);
            if (d.speaker == null && !d.impersonal && d.cue != null) {
                d.speaker = mentionNearCue(a, d);
            }
            if (d.speaker != null) {
                d.actorName = actorName(a, d.speaker, actors, chains);
                d.roles = Appositions.roles(a, d.speaker);
                d.outlet = d.parent != null || parents.contains(d) ? null : outletNear(a, d);
            } else if (d.impersonal) {
                continue;
            } else {
                Draft same = d.cue == null ? null : earlierInSentence(a, drafts, byToken, k);
                SpeakerMention subject = same == null && d.cue != null && d.cue.kind() == CueKind.PARTICIPLE
                        ? subjectOfSentence(a, d.cue.firstToken()) : null;
                if (subject != null) {
                    d.speaker = subject;
                    d.actorName = actorName(a, subject, actors, chains);
                    d.roles = Appositions.roles(a, subject);
                } else if (same != null) {
                    d.actorName = same.actorName;
                    d.parent = d.parent == null ? same.parent : d.parent;
                    d.gender = d.gender == Gender.UNKNOWN ? same.gender : d.gender;
                } else {
                    d.actorName = previous.lastName(d.gender);
                    d.gender = previous.lastGender(d.gender);
                }
                d.confidence -= 0.05;
            }
            previous.add(d.actorName, d.gender);
        }
    }

    /** The name the cue's own frame holds, else (verb-first or not) the subject in front of it. */
    private static SpeakerMention mentionNearCue(Article a, Draft d) {
        CueMatch cue = d.cue;
        int at = cue.firstToken();
        switch (cue.kind()) {
            case VERB, SOURCE_VERB, ACCORDING_TO -> {
                CueFrame f = CueFrame.read(a, cue);
                int end = f.nestedAt() >= 0 ? f.nestedAt() : f.innerCue() != null ? f.innerCue().firstToken()
                        : f.hasOpener() ? f.opener() : Math.min(a.size(), f.zoneStart() + CueFrame.REACH);
                SpeakerMention m = SpeakerFinder.after(a, f.zoneStart(), end, cue);
                if (m == null && cue.kind() == CueKind.VERB && !cue.hasProclitic() && !d.postposed) {
                    m = SpeakerFinder.before(a, at);
                }
                return m;
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * The outlet the speaker spoke to: right after the name («قال فلان لوكالة …») or, addressee first, right
     * after the cue («قال لـ«عكاظ» مدير التعليم …»). Only for a verb cue whose speaker follows it.
     */
    private static SpeakerMention outletNear(Article a, Draft d) {
        if (d.cue == null || d.cue.kind() != CueKind.VERB || d.speaker.firstToken() < d.cue.endToken()) {
            return null;
        }
        int limit = Math.min(a.size(), d.speaker.endToken() + CueFrame.REACH);
        SpeakerMention after = Outlets.at(a, d.speaker.endToken(), limit);
        return after != null ? after : Outlets.at(a, d.cue.endToken(), d.speaker.titleFrom());
    }

    /** «وشدد غروس على قوة الدوري، قائلاً: …»: the name after an earlier verb cue of the sentence. */
    private static SpeakerMention subjectOfSentence(Article a, int participle) {
        int s = a.sentenceStart(participle);
        for (int j = participle - 1; j >= s; j--) {
            CueMatch c = a.cues[j];
            if (c != null && c.kind() == CueKind.VERB && !a.inSpeech[j]) {
                int from = c.endToken();
                while (from < participle && a.tok(from).isWord() && FunctionWords.isPronounPreposition(a.tok(from).text())) {
                    from++; // «وأشاد به الوزير»: the object pronoun comes before the subject
                }
                int end = j + 1;
                // the subject comes right after the verb, its object after that: keep it short
                while (end < participle && end < from + SUBJECT_WORDS && a.tok(end).kind() != Token.Kind.COMMA) {
                    end++;
                }
                return SpeakerFinder.after(a, c.endToken(), end, c);
            }
        }
        return null;
    }

    /**
     * An earlier quote whose cue is in the same sentence: a participle continues its speaker. The last such draft
     * before {@code k} in the list, found among the drafts of that sentence only ({@link DraftsByToken}).
     */
    private static Draft earlierInSentence(Article a, List<Draft> drafts, DraftsByToken byToken, int k) {
        Draft d = drafts.get(k);
        int i = byToken.lastBefore(a.sentenceStart(d.cue.firstToken()), d.cue.firstToken(), k);
        return i < 0 ? null : drafts.get(i);
    }

    /**
     * The name as written in stored [from, to): harakat and tatweel left out, each run of spaces and quotation marks
     * one space, none at the ends.
     */
    private static String shownName(String stored, int from, int to) {
        StringBuilder name = new StringBuilder(to - from);
        boolean gap = false;
        for (int i = from; i < to; i++) {
            char c = stored.charAt(i);
            if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640') {
                continue;
            }
            if (isNameGap(c)) {
                gap = true;
                continue;
            }
            if (gap && name.length() > 0) {
                name.append(' ');
            }
            gap = false;
            name.append(c);
        }
        return name.toString();
    }

    /** What {@link QuoteSuggester#NAME_GAPS} matches: the regex's \\s and the quotation marks. */
    private static boolean isNameGap(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || c == '“' || c == '”' || c == '«' || c == '»' || c == '"' || c == '„' || c == '‟';
    }

    /** The registry's actor for a mention, else the person it names in this article ({@link MentionChains}). */
    static String actorName(Article a, SpeakerMention m, KnownActors actors, MentionChains chains) {
        String[] known = new String[1];
        String name = actorName(a, m, actors, known);
        if (known[0] != null) {
            return known[0];
        }
        // the name's only spaces are single ' ': two in a row only where a word folded away (Quranic marks)
        String folded = ArabicFolding.foldQuery(name);
        return chains.resolve(folded.contains("  ") ? QuoteSuggester.SPACES.matcher(folded).replaceAll(" ") : folded, name);
    }

    private static String actorName(Article a, SpeakerMention m, KnownActors actors, String[] known) {
        List<Token> words = a.tokens.subList(m.firstToken(), m.endToken());
        // a run holding a word that no registered name has is not a registered name: it is not asked for
        int[] unknownBefore = new int[words.size() + 1];
        for (int i = 0; i < words.size(); i++) {
            boolean unknown = words.get(i).isWord() && !actors.hasWord(words.get(i).text());
            unknownBefore[i + 1] = unknownBefore[i] + (unknown ? 1 : 0);
        }
        for (int len = words.size(); len >= 1; len--) {
            for (int from = 0; from + len <= words.size(); from++) {
                if (unknownBefore[from + len] > unknownBefore[from]) {
                    continue;
                }
                StringBuilder folded = new StringBuilder();
                for (int i = from; i < from + len; i++) {
                    if (words.get(i).isWord()) {
                        folded.append(folded.length() == 0 ? "" : " ").append(words.get(i).text());
                    }
                }
                Optional<String> registered = actors.find(folded.toString());
                if (registered.isPresent()) {
                    known[0] = registered.get();
                    return known[0];
                }
            }
        }
        int first = m.firstToken();
        // «وزير التعليم الدكتور عزام الدخيل»: the person is named after the honorific
        for (int i = m.endToken() - 2; i > first; i--) {
            if (a.tok(i).isWord() && FunctionWords.isHonorific(a.tok(i).text())) {
                first = i;
                break;
            }
        }
        while (first < m.endToken() - 1 && a.tok(first).isWord() && FunctionWords.isHonorific(a.tok(first).text())) {
            first++;
        }
        return shownName(a.stored, a.stored(a.tok(first).start(), m.end()).start(), a.stored(m.start(), m.end()).end());
    }
}
