package org.isnad.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.CueMark;
import org.isnad.domain.Document;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.QuoteType;
import org.isnad.domain.SetKind;
import org.isnad.domain.SetState;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;
import org.isnad.service.Repositories;
import org.isnad.text.Selections;
import org.isnad.text.TextHash;
import org.isnad.text.TextRange;

/**
 * The benchmark's data, made the same way on every run from the sample articles in
 * src/test/resources/samples: a 1 MB article with 10,000 annotations and 3,000 links, and a corpus
 * of 2,000 short documents with their annotation sets. Ids come from fixed seeds, not from UUID.randomUUID.
 */
final class BenchData {
    static final String[] SAMPLES = {"coalition-iraq-alhurra", "ahli-gross-football-aawsat", "heat-index-almisnad-sabq",
        "jazan-schools-okaz", "oman-solar-glasspoint-aleqt"};
    static final String ANALYST = "layla";
    static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    static final int ARTICLE_SPANS = 10_000;
    static final int ARTICLE_LINKS = 3_000;
    static final int CORPUS_DOCUMENTS = 2_000;

    private BenchData() {
    }

    static String sample(String name) {
        try (InputStream in = BenchData.class.getResourceAsStream("/samples/" + name + ".ar.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines with emoji put between the sample articles (docs/performance.md: the editor draws them as pictures). */
    static final String[] SOCIAL = {
        "وكتب أحد المتابعين: «نحن مع مصر 🇪🇬 حتى النهاية 🔥👍🏽» وأضاف آخر 👨‍👩‍👧 «العائلة أولًا».",
        "وقالت وزارة الخا\u200Fرجية في بيانها رقم 1️⃣ إن «الحوار هو الطريق» ❤️، ونشرت صورًا من السعودية 🇸🇦 والإمارات 🇦🇪.",
    };

    /** The sample articles one after another, each followed by a line with emoji ({@link #SOCIAL}), until there are 1,000,000 UTF-16 code units. */
    static String megabyteArticle() {
        StringBuilder sb = new StringBuilder("مقال طويل للقياس: مليون حرف من مقالات حقيقية\n\n");
        String[] texts = new String[SAMPLES.length];
        for (int i = 0; i < SAMPLES.length; i++) {
            texts[i] = sample(SAMPLES[i]);
        }
        int i = 0;
        while (sb.length() < 1_000_000) {
            sb.append(texts[i++ % texts.length]).append("\n\n");
            // quotes taken from social media: emoji with skin tones, a family (ZWJ), flags, a keycap, an RLM
            sb.append(SOCIAL[i % SOCIAL.length]).append("\n\n");
        }
        return sb.toString();
    }

    /** The sample articles joined by spaces into one paragraph of 200,000 UTF-16 code units and no line break. */
    static String oneParagraphArticle() {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (sb.length() < 200_000) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(sample(SAMPLES[i++ % SAMPLES.length]).replaceAll("\\s*\n\\s*", " "));
        }
        return sb.substring(0, sb.lastIndexOf(" ", 200_000)).strip();
    }

    static String id(String kind, long n) {
        return UUID.nameUUIDFromBytes((kind + ":" + n).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static Document document(String id, String title, String text, Instant importedAt) {
        return new Document(id, title, "https://example.org/bench/" + id, "عينة", LocalDate.of(2025, 3, 1), "ar", text,
                TextHash.sha256Hex(text), importedAt);
    }

    static List<Actor> actors() {
        String[] names = {"مارك كيميت", "وزارة الخارجية", "وكالة رويترز", "مصادر مطلعة", "المتحدث الرسمي", "وزير الطاقة",
            "رئيس النادي", "مدير التعليم", "الدفاع المدني", "هيئة الأرصاد"};
        List<Actor> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            out.add(new Actor(id("actor", i), names[i % names.length] + " " + (i / names.length + 1), null, List.of(),
                    ActorKind.values()[i % ActorKind.values().length], null, null));
        }
        return out;
    }

    /** Word boundaries of a text: starts[i], ends[i] of the i-th whitespace-delimited word. */
    record Words(int[] starts, int[] ends) {
        static Words of(String text) {
            int[] s = new int[text.length() / 2 + 1];
            int[] e = new int[s.length];
            int n = 0;
            int i = 0;
            int len = text.length();
            while (i < len) {
                while (i < len && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i >= len) {
                    break;
                }
                s[n] = i;
                while (i < len && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                e[n++] = i;
            }
            return new Words(java.util.Arrays.copyOf(s, n), java.util.Arrays.copyOf(e, n));
        }

        int size() {
            return starts.length;
        }

        /** Words [first, first + count) as a span range, snapped like a selection. */
        TextRange range(String text, int first, int count) {
            int last = Math.min(size() - 1, first + count - 1);
            return Selections.snap(text, starts[first], ends[last]).orElseThrow();
        }
    }

    /** An annotation set's content: spans in reading order, links. */
    record Content(List<Span> spans, List<Link> links) {
    }

    /**
     * {@code groups} attributions spread evenly over the text, each a speaker mention, a cue, a quote
     * and a claim inside the quote; the first {@code linkedGroups} get their three links (attributed
     * to, cued by, expresses). {@code idPrefix} keeps ids apart between sets.
     */
    static Content annotations(String text, Words words, int groups, int linkedGroups, List<Actor> actors, String idPrefix) {
        Random random = new Random(42);
        List<Span> spans = new ArrayList<>(groups * 4);
        List<Link> links = new ArrayList<>(linkedGroups * 3);
        int stride = Math.max(20, words.size() / groups);
        for (int g = 0; g < groups; g++) {
            int w = g * stride;
            if (w + 20 >= words.size()) {
                break;
            }
            String actor = actors.get(random.nextInt(actors.size())).id();
            TextRange speaker = words.range(text, w, 1 + random.nextInt(2));
            TextRange cue = words.range(text, w + 3, 1);
            int quoteWords = 6 + random.nextInt(10);
            TextRange quote = words.range(text, w + 4, quoteWords);
            TextRange claim = words.range(text, w + 5, 3 + random.nextInt(quoteWords - 3));
            Span s = new Span(id(idPrefix + "span", 4L * g), Layer.SPEAKER, speaker.start(), speaker.end(), null,
                    new SpeakerMention(actor));
            Span c = new Span(id(idPrefix + "span", 4L * g + 1), Layer.CUE, cue.start(), cue.end(), null, new CueMark());
            Span q = new Span(id(idPrefix + "span", 4L * g + 2), Layer.QUOTE, quote.start(), quote.end(),
                    g % 7 == 0 ? "ملاحظة المحلل رقم " + g : null, new QuoteDetails(QuoteType.values()[g % 3], null));
            Span k = new Span(id(idPrefix + "span", 4L * g + 3), Layer.CLAIM, claim.start(), claim.end(), null,
                    ClaimDetails.empty().withClaimant(actor));
            spans.add(s);
            spans.add(c);
            spans.add(q);
            spans.add(k);
            if (g < linkedGroups) {
                links.add(new Link(id(idPrefix + "link", 3L * g), LinkType.ATTRIBUTED_TO, q.id(), s.id()));
                links.add(new Link(id(idPrefix + "link", 3L * g + 1), LinkType.CUED_BY, q.id(), c.id()));
                links.add(new Link(id(idPrefix + "link", 3L * g + 2), LinkType.EXPRESSES, q.id(), k.id()));
            }
        }
        return new Content(spans, links);
    }

    /** The article's ids, once it is stored. */
    record StoredArticle(String documentId, String setId, String text, List<Span> spans, List<Link> links, List<Actor> actors) {
    }

    static StoredArticle article(String text) {
        return article(text, ARTICLE_SPANS, ARTICLE_LINKS);
    }

    static StoredArticle article(String text, int spans, int links) {
        Words words = Words.of(text);
        List<Actor> actors = actors();
        Content content = annotations(text, words, spans / 4, links / 3, actors, "article-");
        if (content.spans().size() != spans || content.links().size() != links) {
            throw new IllegalStateException("generated " + content.spans().size() + " spans and " + content.links().size() + " links");
        }
        return new StoredArticle(id("document", -1), id("set", -1), text, content.spans(), content.links(), actors);
    }

    /** Stores the actors, the article and its one annotation set (the analyst's), in one transaction. */
    static void storeArticle(Repositories store, StoredArticle a, Instant importedAt) {
        store.transactions().run(() -> {
            for (Actor actor : a.actors()) {
                if (store.actors().find(actor.id()).isEmpty()) {
                    store.actors().add(actor);
                }
            }
            store.documents().add(document(a.documentId(), "مقال طويل للقياس", a.text(), importedAt));
            store.annotations().addSet(new AnnotationSetInfo(a.setId(), a.documentId(), ANALYST, SetKind.ANALYST,
                    SetState.IN_PROGRESS, T0));
            store.annotations().addSpans(a.setId(), a.spans());
            store.annotations().addLinks(a.setId(), a.links());
        });
    }

    /**
     * 2,000 documents (the samples, each with a numbered last line so that every text differs), each
     * with one or two annotation sets of about 20 annotations and 6 links, in every review state.
     */
    static void storeCorpus(Repositories store, List<Actor> actors) {
        String[] texts = new String[SAMPLES.length];
        Words[] words = new Words[SAMPLES.length];
        String[] annotators = {ANALYST, "omar", "salma"};
        store.transactions().run(() -> {
            for (Actor actor : actors) {
                if (store.actors().find(actor.id()).isEmpty()) {
                    store.actors().add(actor);
                }
            }
            for (int d = 0; d < CORPUS_DOCUMENTS; d++) {
                int k = d % SAMPLES.length;
                if (texts[k] == null) {
                    texts[k] = sample(SAMPLES[k]);
                    words[k] = Words.of(texts[k]);
                }
                String text = texts[k] + "\n\nنسخة القياس رقم " + d;
                String docId = id("corpus-document", d);
                store.documents().add(document(docId, "خبر رقم " + d + " من " + SAMPLES[k], text, T0.plusSeconds(d)));
                int sets = 1 + d % 2;
                for (int s = 0; s < sets; s++) {
                    String setId = id("corpus-set", d * 2L + s);
                    store.annotations().addSet(new AnnotationSetInfo(setId, docId, annotators[(d + s) % 3], SetKind.ANALYST,
                            SetState.values()[(d + s) % SetState.values().length], T0));
                    Content c = annotations(text, words[k], 5, 2, actors, "corpus-" + d + "-" + s + "-");
                    store.annotations().addSpans(setId, c.spans());
                    store.annotations().addLinks(setId, c.links());
                }
            }
        });
    }
}
