package org.isnad.bench;

import static org.isnad.bench.Figures.median;
import static org.isnad.bench.Figures.ms;
import static org.isnad.bench.Figures.note;
import static org.isnad.bench.Figures.print;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.isnad.domain.SetState;
import org.isnad.service.ActorStatement;
import org.isnad.service.LibraryFilter;
import org.isnad.service.LibraryOrder;
import org.isnad.service.LibraryPage;
import org.isnad.service.Workspace;
import org.isnad.store.H2Store;
import org.isnad.text.ArabicFolding;

/**
 * The corpus figures of issue 12 on a generated corpus of 20,000 documents with 200,000 annotations
 * (10 per document: 2 speaker mentions, 2 cues, 4 quotes, 2 claims, the quotes attributed to the
 * mentions), of which one actor says 2,000 quotes. Rows are written straight with JDBC batches into
 * a database the program made, so that building the corpus takes seconds rather than minutes.
 *
 * <ul>
 *   <li>{@code library_open_20k_ms}: the first page of the library (100 rows, sorted, with counts and
 *       states, and the total), after the database is open;</li>
 *   <li>{@code heap_after_open_20k_mb}: the heap in use, after a full GC, with that page loaded;</li>
 *   <li>{@code actor_page_ms}: the actor's page: its 2,000 quotes with date, outlet, type, state and text, newest first.</li>
 * </ul>
 */
final class CorpusBench {
    static final int DOCUMENTS = Integer.getInteger("isnad.bench.corpus.documents", 20_000);
    static final int STAR_DOCUMENTS = 500;
    static final int ACTORS = 200;
    private static final String[] OUTLETS = {"الحرة", "الجزيرة", "العربية", "الشرق الأوسط", "سبق", "رويترز"};
    private static final String STAR = "corpus-actor-star";

    private CorpusBench() {
    }

    static void measure(Path dir, boolean quick) throws Exception {
        Path base = dir.resolve("corpus20k");
        long t = System.nanoTime();
        H2Store.open(base).close();
        fill(base);
        note(String.format(Locale.ROOT, "corpus: %,d documents, %,d annotations, built in %.1f s", DOCUMENTS, DOCUMENTS * 10,
                (System.nanoTime() - t) / 1e9));
        Clock clock = Clock.systemUTC();
        int runs = quick ? 3 : 9;
        double[] library = new double[runs];
        double[] page = new double[runs];
        double[] pageCpu = new double[runs];
        double[] libraryCpu = new double[runs];
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double heap;
        // one opening: reopening the file at once, again and again, trips H2's close in the background
        try (H2Store store = H2Store.open(base)) {
            Workspace workspace = new Workspace(store, clock);
            LibraryPage first = workspace.catalog().page(LibraryFilter.ALL, LibraryOrder.IMPORTED, true, 0, 100);
            heap = usedAfterGc() / 1048576.0;
            note("heap measured holding the first page of " + first.rows().size() + " rows of " + first.total());
            for (int i = 0; i < runs + 2; i++) {
                // a small write first: H2 would otherwise answer the unchanged query from the result it kept
                workspace.speakers().setRole("corpus-actor-0", LocalDate.of(2020, 1, 1).plusDays(i), "دور " + i, "bench");
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                LibraryPage shown = workspace.catalog().page(LibraryFilter.ALL, LibraryOrder.IMPORTED, true, 0, 100);
                double open = ms(System.nanoTime() - t0);
                double openCpu = ms(threads.getCurrentThreadCpuTime() - cpu0);
                if (shown.total() != DOCUMENTS || shown.rows().size() != 100) {
                    throw new IllegalStateException("library of " + shown.total());
                }
                long cpu = threads.getCurrentThreadCpuTime();
                long t1 = System.nanoTime();
                List<ActorStatement> quotes = workspace.speakers().statements(STAR);
                double actor = ms(System.nanoTime() - t1);
                double actorCpu = ms(threads.getCurrentThreadCpuTime() - cpu);
                if (quotes.size() != STAR_DOCUMENTS * 4) {
                    throw new IllegalStateException("actor page of " + quotes.size());
                }
                if (i >= 2) {
                    library[i - 2] = open;
                    page[i - 2] = actor;
                    pageCpu[i - 2] = actorCpu;
                    libraryCpu[i - 2] = openCpu;
                }
            }
        }
        print("library_open_20k_ms", median(library), "ms");
        print("heap_after_open_20k_mb", heap, "MB");
        print("actor_page_ms", median(page), "ms");
        // on a shared machine the wall time is mostly waiting for a core; the thread's CPU time is not
        note(String.format(Locale.ROOT, "CPU time of the reading thread, medians: library page %.1f ms, actor page %.1f ms",
                median(libraryCpu), median(pageCpu)));
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void fill(Path base) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";FILE_LOCK=FS", "isnad", "")) {
            fill(c);
        }
    }

    /** Writes the corpus into a database the program made (H2, or PostgreSQL for the team phase), in batches of 1,000 documents. */
    static void fill(Connection c) throws Exception {
        c.setAutoCommit(false);
        try (PreparedStatement actor = c.prepareStatement(
                "INSERT INTO actor (id, canonical_name, kind) VALUES (?, ?, 'PERSON')")) {
            actor.setString(1, STAR);
            actor.setString(2, "مارك كيميت");
            actor.addBatch();
            for (int a = 0; a < ACTORS; a++) {
                actor.setString(1, "corpus-actor-" + a);
                actor.setString(2, "المتحدث رقم " + a);
                actor.addBatch();
            }
            actor.executeBatch();
        }
        try (PreparedStatement doc = c.prepareStatement("INSERT INTO document (id, title, title_folded, outlet,"
                + " published_date, language, text, text_length, sha256, imported_at) VALUES (?, ?, ?, ?, ?, 'ar', ?, ?, ?, ?)");
             PreparedStatement set = c.prepareStatement("INSERT INTO annotation_set (id, document_id, annotator, kind,"
                     + " state, created_at) VALUES (?, ?, ?, 'ANALYST', ?, ?)");
             PreparedStatement span = c.prepareStatement("INSERT INTO span (id, set_id, layer, start_offset, end_offset,"
                     + " actor_id, quote_type, polarity) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement link = c.prepareStatement("INSERT INTO link (id, set_id, type, from_span_id, to_span_id)"
                     + " VALUES (?, ?, 'ATTRIBUTED_TO', ?, ?)")) {
            for (int d = 0; d < DOCUMENTS; d++) {
                document(doc, set, d);
                annotations(span, link, d);
                if (d % 1000 == 999) {
                    for (PreparedStatement p : List.of(doc, set, span, link)) {
                        p.executeBatch();
                    }
                    c.commit();
                }
            }
        }
        c.commit();
    }

    /** «قال المتحدث: “…”. وأضاف: “…”.» twice: each half has a mention, a cue, two quotes and a claim. */
    static String text(int d) {
        String half = "قال المتحدث: “إن الانسحاب الأميركي من العراق لن يؤدي إلى فراغ أمني في المرحلة المقبلة”. "
                + "وأضاف: “القوات العراقية قادرة على حفظ الأمن في المدن الكبرى رقم " + d + "”.\n";
        return "خبر رقم " + d + "\n" + half + half;
    }

    private static void document(PreparedStatement doc, PreparedStatement set, int d) throws Exception {
        String id = "corpus20k-doc-" + d;
        String title = "خبر رقم " + d + " عن العراق والأمن";
        String text = text(d);
        doc.setString(1, id);
        doc.setString(2, title);
        doc.setString(3, ArabicFolding.foldQuery(title));
        doc.setString(4, OUTLETS[d % OUTLETS.length]);
        doc.setObject(5, LocalDate.of(2020, 1, 1).plusDays(d % 2000));
        doc.setString(6, text);
        doc.setInt(7, text.length());
        doc.setString(8, String.format(Locale.ROOT, "%064x", d));
        doc.setTimestamp(9, Timestamp.from(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(d)));
        doc.addBatch();
        set.setString(1, "corpus20k-set-" + d);
        set.setString(2, id);
        set.setString(3, List.of("layla", "omar", "salma").get(d % 3));
        set.setString(4, SetState.values()[d % SetState.values().length].name());
        set.setObject(5, Instant.parse("2025-01-01T00:00:00Z").atOffset(ZoneOffset.UTC));
        set.addBatch();
    }

    private static void annotations(PreparedStatement span, PreparedStatement link, int d) throws Exception {
        String text = text(d);
        String setId = "corpus20k-set-" + d;
        String actor = d < STAR_DOCUMENTS ? STAR : "corpus-actor-" + (d % ACTORS);
        int from = 0;
        for (int h = 0; h < 2; h++) {
            String p = "corpus20k-" + d + "-" + h + "-";
            int mention = text.indexOf("المتحدث", from);
            int cue = text.indexOf("قال", from);
            int q1 = text.indexOf('“', mention) + 1;
            int q1end = text.indexOf('”', q1);
            int added = text.indexOf("وأضاف", q1end);
            int q2 = text.indexOf('“', added) + 1;
            int q2end = text.indexOf('”', q2);
            add(span, p + "s", setId, "SPEAKER", mention, mention + 7, actor, null, null);
            add(span, p + "c1", setId, "CUE", cue, cue + 3, null, null, null);
            add(span, p + "q1", setId, "QUOTE", q1, q1end, null, "DIRECT", null);
            add(span, p + "q2", setId, "QUOTE", q2, q2end, null, "DIRECT", null);
            add(span, p + "k", setId, "CLAIM", q1 + 3, q1end, null, null, "DENIES");
            for (String q : List.of("q1", "q2")) {
                link.setString(1, p + "l" + q);
                link.setString(2, setId);
                link.setString(3, p + q);
                link.setString(4, p + "s");
                link.addBatch();
            }
            from = q2end;
        }
    }

    private static void add(PreparedStatement span, String id, String setId, String layer, int start, int end, String actor,
                            String quoteType, String polarity) throws Exception {
        span.setString(1, id);
        span.setString(2, setId);
        span.setString(3, layer);
        span.setInt(4, start);
        span.setInt(5, end);
        span.setString(6, actor);
        span.setString(7, quoteType);
        span.setString(8, polarity);
        span.addBatch();
    }
}
