package org.isnad.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Document;
import org.isnad.domain.DomainException;
import org.isnad.domain.Ids;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.ReviewRefusedException;
import org.isnad.domain.ReviewState;
import org.isnad.domain.ReviewStep;
import org.isnad.domain.SetState;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;
import org.isnad.service.CancelledException;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.service.Progress;
import org.isnad.service.ReviewService;
import org.isnad.service.StorageException;
import org.isnad.store.FileSigningKeys;
import org.isnad.store.H2Store;
import org.isnad.text.ImportedText;
import org.isnad.text.TextDecodingException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 4, for the model, the services and storage: a refusal carries a key and its
 * arguments, not a sentence, so the window can say it in Arabic. Each refusal here is provoked for
 * real (a rule of the model, a review step, an H2 database in a temporary folder) and then read in
 * Arabic: every key it uses is in both bundles, and no English is left but its arguments.
 */
class RefusalsInBothLanguagesTest {
    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");
    /** Names of standards, written the same in both languages. */
    private static final Set<String> NAMES = Set.of("UTF", "SHA");
    /** The sections of the bundles that this part of the program writes. */
    private static final List<String> OURS = List.of("domain.", "text.", "service.", "store.", "enum.");
    private static final String TEXT = "قال المتحدث باسم الوزارة: «لا تغيير في الموقف».";

    static Properties english;
    static Properties arabic;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadBundles() throws IOException {
        english = load("/org/isnad/message/messages.properties");
        arabic = load("/org/isnad/message/messages_ar.properties");
    }

    @Test
    void aRuleOfTheModelNamesTheLayerAndTheLinkInEachLanguage() {
        AnnotationSet set = new AnnotationSet(AnnotationSetInfo.start("doc", "ليلى", Instant.EPOCH), TEXT);
        Span speaker = Span.mark(Layer.SPEAKER, TEXT.indexOf("المتحدث"), TEXT.indexOf(" باسم"));
        Span ministry = Span.mark(Layer.SPEAKER, TEXT.indexOf("الوزارة"), TEXT.indexOf(":"));
        Span quote = Span.mark(Layer.QUOTE, TEXT.indexOf("لا تغيير"), TEXT.indexOf("»"));
        List.of(speaker, ministry, quote).forEach(set::addSpan);
        set.addLink(Link.of(LinkType.ATTRIBUTED_TO, quote.id(), speaker.id()));

        DomainException e = assertThrows(DomainException.class,
                () -> set.addLink(Link.of(LinkType.ATTRIBUTED_TO, quote.id(), ministry.id())));

        assertEquals("domain.link.single", e.message().key());
        assertEquals("this quote already has a link of type 'attributed to'; remove it first", e.getMessage());
        String ar = assertReadsInArabic(e);
        assertTrue(ar.contains("اقتباس") && ar.contains("منسوب إلى"), ar);
    }

    @Test
    void reviewRefusalsReadInArabicWithTheStepAndTheState() {
        try (H2Store store = H2Store.open(dir.resolve("review/isnad"))) {
            Library library = new Library(store, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
            ReviewService review = new ReviewService(store, new FileSigningKeys(dir.resolve("keys")), Clock.systemUTC());
            String docId = library.importText(TEXT, "test", ImportOptions.none(), "ليلى").document().id();
            AnnotationSession session = AnnotationSession.open(store, docId, "ليلى", Clock.systemUTC());
            session.mark(Layer.QUOTE, TEXT.indexOf("لا تغيير"), TEXT.indexOf("»"));
            review.submit(session.set().id(), "ليلى");

            ReviewRefusedException own = assertThrows(ReviewRefusedException.class,
                    () -> review.approve(session.set().id(), "ليلى", true));
            assertEquals("domain.review.own.set", own.message().key());
            assertTrue(assertReadsInArabic(own).contains("اعتماد"), own.getMessage());

            ReviewRefusedException edit = assertThrows(ReviewRefusedException.class, () -> session.setNote(
                    session.set().spans().get(0).id(), "ملاحظة"));
            assertEquals("service.edit.refused.submitted", edit.message().key());
            assertReadsInArabic(edit);
        }
    }

    @Test
    void everyRefusedReviewStepHasItsWordsInBothLanguages() {
        int refused = 0;
        for (ReviewStep step : ReviewStep.values()) {
            for (SetState state : SetState.values()) {
                for (String user : new String[] {"ليلى", "عمر", " "}) {
                    AnnotationSetInfo set = AnnotationSetInfo.start("doc", "ليلى", Instant.EPOCH).withState(state);
                    try {
                        ReviewState.next(set, step, user, null);
                    } catch (ReviewRefusedException e) {
                        assertReadsInArabic(e);
                        refused++;
                    }
                }
            }
        }
        assertTrue(refused > 40, "refusals seen: " + refused);
    }

    @Test
    void storageErrorsReadInArabicDownToTheNestedMessage() {
        Path base = dir.resolve("db/isnad");
        try (H2Store store = H2Store.open(base)) {
            StorageException open = assertThrows(StorageException.class, () -> H2Store.open(base));
            assertEquals("store.already.open", open.message().key());
            assertReadsInArabic(open);

            String sha = org.isnad.text.TextHash.sha256Hex(TEXT);
            store.documents().add(new Document(Ids.newId(), "الأول", null, null, null, "ar", TEXT, sha, Instant.EPOCH));
            StorageException twice = assertThrows(StorageException.class, () -> store.documents().add(
                    new Document(Ids.newId(), "الثاني", null, null, null, "ar", TEXT, sha, Instant.EPOCH)));
            assertEquals("store.in.database", twice.message().key());
            Message inner = assertInstanceOf(Message.class, twice.message().args().get(0));
            assertEquals("store.document.same.text", inner.key());
            assertTrue(assertReadsInArabic(twice).contains("الأول"), twice.getMessage());
        }
    }

    @Test
    void aBadImportAndACancelReadInArabic() {
        TextDecodingException bad = assertThrows(TextDecodingException.class,
                () -> ImportedText.decode(new byte[] {'a', (byte) 0xFF}));
        assertEquals("invalid UTF-8 at byte 1: 0xFF is not a valid sequence", bad.getMessage());
        assertReadsInArabic(bad);
        CancelledException cancelled = assertThrows(CancelledException.class,
                () -> Progress.of(Progress.none(), () -> true).checkCancelled());
        assertReadsInArabic(cancelled);
    }

    /** Every text of these sections is Arabic in the Arabic bundle, and every apostrophe is doubled for MessageFormat. */
    @Test
    void eachTextOfTheseSectionsIsWrittenInArabicAndSafeForMessageFormat() {
        List<String> problems = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            if (OURS.stream().noneMatch(key::startsWith)) {
                continue;
            }
            String ar = arabic.getProperty(key, "");
            // the one text passed through as it is, until the formats stop sending English
            if (!key.equals("service.interchange.untranslated") && !ARABIC_LETTER.matcher(ar).find()) {
                problems.add("not Arabic: " + key);
            }
            for (String text : List.of(english.getProperty(key), ar)) {
                if (text.replace("''", "").contains("'")) {
                    problems.add("a lone apostrophe, which MessageFormat would swallow: " + key);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Checks the message, and each message and enum among its arguments, in Arabic; returns the Arabic text. */
    private static String assertReadsInArabic(Localized refusal) {
        return assertReadsInArabic(refusal.message());
    }

    private static String assertReadsInArabic(Message m) {
        assertTrue(english.containsKey(m.key()), "no English text for " + m.key());
        assertTrue(arabic.containsKey(m.key()), "no Arabic text for " + m.key());
        String ar = Messages.render(m, ARABIC);
        assertNotEquals(m.english(), ar);
        assertTrue(ARABIC_LETTER.matcher(ar).find(), ar);
        String rest = ar;
        for (Object a : m.args()) {
            String shown;
            if (a instanceof Message inner) {
                shown = assertReadsInArabic(inner);
            } else if (a instanceof Enum<?> e) {
                String key = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
                assertTrue(english.containsKey(key) && arabic.containsKey(key), "no text for " + key);
                shown = arabic.getProperty(key);
            } else {
                shown = String.valueOf(a);
            }
            rest = rest.replace(shown, " ");
        }
        Matcher latin = LATIN_WORD.matcher(rest);
        while (latin.find()) {
            assertTrue(NAMES.contains(latin.group()), "English left in «" + ar + "»");
        }
        return ar;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RefusalsInBothLanguagesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
