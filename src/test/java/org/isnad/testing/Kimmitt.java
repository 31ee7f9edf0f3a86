package org.isnad.testing;

import java.util.List;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.domain.Ids;

/**
 * Mark Kimmitt's quote from the Alhurra sample, as the tests use it: one sentence in a few forms, each with a
 * hard case the program must keep exact. Offsets are found in the text ({@code indexOf}), never counted by hand.
 */
public final class Kimmitt {
    public static final String SPEAKER = "مارك كيميت";
    public static final String ROLE = "مساعد وزير الخارجية الأميركي السابق";
    /** What he said, inside the curly quotation marks. */
    public static final String QUOTE = "لا أعتقد أن الانسحاب الأميركي من العراق سيؤدي إلى فراغ أمني";
    /** The claim his quote expresses. */
    public static final String CLAIM = "الانسحاب الأميركي من العراق سيؤدي إلى فراغ أمني";

    /** The sentence on one line: cue «قال», speaker, role, the quote in curly quotation marks. */
    public static final String SENTENCE = "قال " + SPEAKER + "، " + ROLE + ": “" + QUOTE + "”.";

    /** The sentence after «و», with its quote across a line break (the window wraps it; a span crosses the "\n"). */
    public static final String ACROSS_LINES = "وقال مارك كيميت، مساعد وزير الخارجية الأميركي السابق: "
            + "“لا أعتقد أن الانسحاب الأميركي من العراق\nسيؤدي إلى فراغ أمني”.";

    /** The sentence short, with harakat on its cue «قَالَ»: an offset between a letter and its mark splits a cluster. */
    public static final String SHORT_WITH_HARAKAT = "قَالَ مارك كيميت: “لا أعتقد أن الانسحاب سيؤدي إلى فراغ أمني”";

    /** The same report in indirect speech: «قال …، إن …», no quotation marks. */
    public static final String INDIRECT = "قال مارك كيميت، مساعد وزير الخارجية الأميركي السابق، إن الانسحاب لن يؤدي إلى فراغ أمني.";

    /** The quote that follows in the article: «وأضاف» has no speaker of its own, so Kimmitt is its implicit speaker. */
    public static final String ADDED = "وأضاف: “القوات العراقية قادرة على حماية البلاد”.";

    /** A report of another outlet, for a second speaker. */
    public static final String REUTERS = "ونقلت وكالة رويترز عن مصادر قولها إن المحادثات مستمرة.";

    /** Kimmitt's sentence, the «وأضاف» quote and Reuters' report, a paragraph each. */
    public static final String PASSAGE = SENTENCE + "\n\n" + ADDED + "\n\n" + REUTERS;

    /**
     * The passage as a file would bring it, with every hard case at once: CRLF line ends, harakat, tatweel,
     * an RLM, Latin and ASCII digits, Arabic-Indic digits, astral emoji (a face and a flag: UTF-16 units are not
     * code points), a nested report and guillemets.
     */
    public static final String FROM_A_FILE = "قال مارك كيميت، مساعد وزير الخارجية الأميركي السابق:\r\n"
            + "“لا أعتقدُ أنَّ الانسحابَ الأميركيّ من العراق سيؤدي إلى فـــراغ أمني 😀 في 2024”.\r\n"
            + "ونقلت وكالة رويترز (Reuters) عن مصادر \u200Fقولها إن المحادثات مستمرة 🇮🇶 منذ ١٥ يوماً.\r\n"
            + "وأضاف: «سنواصل العمل مع الشركاء».\r\n";
    /** {@link #FROM_A_FILE} as Isnad stores it: LF line ends, nothing else changed. */
    public static final String FROM_A_FILE_STORED = FROM_A_FILE.replace("\r\n", "\n");

    private Kimmitt() {
    }

    /** Kimmitt in the actor registry: English name, aliases in their order, role and Wikidata id (a new id each time). */
    public static Actor actor() {
        return new Actor(Ids.newId(), SPEAKER, "Mark Kimmitt", List.of("كيميت", "الجنرال كيميت"), ActorKind.PERSON, ROLE, "Q1338366");
    }

    /** The outlet of {@link #REUTERS} in the actor registry. */
    public static Actor reutersActor() {
        return new Actor(Ids.newId(), "وكالة رويترز", "Reuters", List.of("رويترز"), ActorKind.MEDIA_OUTLET, null, "Q130879");
    }
}
