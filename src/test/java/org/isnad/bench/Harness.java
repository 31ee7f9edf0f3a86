package org.isnad.bench;

import static org.isnad.bench.Figures.median;
import static org.isnad.bench.Figures.ms;
import static org.isnad.bench.Figures.note;
import static org.isnad.bench.Figures.percentile;
import static org.isnad.bench.Figures.print;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.isnad.bundle.BundleInterchange;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.Document;
import org.isnad.domain.Layer;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.SetKind;
import org.isnad.domain.SetState;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;
import org.isnad.service.AnnotationSession;
import org.isnad.service.ImportRequest;
import org.isnad.service.Progress;
import org.isnad.service.Repositories;
import org.isnad.service.Workspace;
import org.isnad.store.H2Store;
import org.isnad.store.MeasuredStores;
import org.isnad.text.TextRange;
import org.isnad.ui.editor.Highlight;
import org.isnad.ui.editor.TextParagraphs;

/**
 * The benchmark harness: {@code ./bench/run}. Not a test (surefire runs only *Test classes, and
 * nothing here asserts a time). Builds its data from the sample articles, works on fresh H2
 * databases in a temporary folder, warms up, repeats, and prints the medians on stdout as
 * {@code name: value unit}; what it is doing goes to stderr.
 *
 * <p>Arguments: {@code --quick} (fewer repetitions, for trying things), {@code --only NAME[,NAME]}
 * (phases: open, heap, library, suggest, store, export, import, edit, screen, paragraph, search, corpus, agreement, curation, claims, team, startup), {@code --keep} (keep
 * the temporary folder).
 */
public final class Harness {
    private final Path dir;
    private final boolean quick;
    private final Clock clock = Clock.fixed(Instant.parse("2025-03-02T10:00:00Z"), ZoneOffset.UTC);
    private BenchData.StoredArticle article;
    private H2Store work;
    private Path bundle;

    private Harness(Path dir, boolean quick) {
        this.dir = dir;
        this.quick = quick;
    }

    public static void main(String[] args) throws Exception {
        FirstScreen.headless();
        boolean quick = List.of(args).contains("--quick");
        boolean keep = List.of(args).contains("--keep");
        List<String> only = List.of();
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--only")) {
                only = List.of(args[i + 1].split(","));
            }
        }
        Path dir = Files.createTempDirectory("isnad-bench");
        note("data and databases in " + dir);
        note(machine());
        Harness h = new Harness(dir, quick);
        int exit = 0;
        try {
            h.run(only);
        } catch (Exception | Error e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            if (h.work != null) {
                h.work.close();
            }
            if (!keep) {
                delete(dir);
            }
        }
        // the JavaFX thread would keep the JVM alive
        System.exit(exit);
    }

    /** What the figures depend on; the load average says whether other programs shared the cores. */
    static String machine() {
        String load = "";
        try {
            load = Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            load = String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        return String.format("machine: %d cores, JDK %s (%s), max heap %d MB, load average %s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() / 1048576, load);
    }

    private void run(List<String> only) throws Exception {
        if (want(only, "startup")) {
            StartupFigures.measure(dir, 5);
        }
        ownDataPhases(only);
        if (!only.isEmpty() && only.stream().allMatch(List.of("startup", "search", "corpus", "agreement", "curation", "claims", "team")::contains)) {
            note(machine());
            return;
        }
        long t = System.nanoTime();
        article = BenchData.article(BenchData.megabyteArticle());
        work = H2Store.open(workBase());
        BenchData.storeCorpus(work, article.actors());
        BenchData.storeArticle(work, article, BenchData.T0.plusSeconds(BenchData.CORPUS_DOCUMENTS));
        note(String.format("data: article of %,d chars, %,d spans, %,d links; corpus of %,d documents; built in %.1f s",
                article.text().length(), article.spans().size(), article.links().size(), BenchData.CORPUS_DOCUMENTS,
                (System.nanoTime() - t) / 1e9));
        if (want(only, "open")) {
            openDocument();
        }
        if (want(only, "heap")) {
            heapAfterOpen();
        }
        if (want(only, "screen")) {
            FirstScreen.measure(work, article, clock, quick ? 2 : 3, quick ? 3 : 7);
        }
        if (want(only, "paragraph")) {
            OneParagraphScreen.measure(dir, clock, quick ? 2 : 3, quick ? 3 : 7);
        }
        if (want(only, "edit")) {
            editCommits();
        }
        if (want(only, "store")) {
            storeVersusJdbc();
        }
        if (want(only, "export") || want(only, "import")) {
            bundle = ExportFigures.measure(work, article.documentId(), dir, clock, runs(10));
        }
        if (want(only, "import")) {
            importBundle();
        }
        if (want(only, "library")) {
            libraryOpen();
        }
        if (want(only, "suggest")) {
            suggest();
        }
        note(machine());
    }

    /** The phases that make their own data: they need neither the megabyte article nor the 2,000-document corpus. */
    private void ownDataPhases(List<String> only) throws Exception {
        if (want(only, "search")) {
            SearchBench.measure(dir.resolve("search"), quick);
        }
        if (want(only, "corpus")) {
            CorpusBench.measure(dir, quick);
        }
        if (want(only, "claims")) {
            ClaimsBench.measure(quick);
        }
        if (want(only, "agreement")) {
            AgreementBench.measure(dir.resolve("agreement/isnad"), BenchData.T0, quick ? 1 : 2, runs(5));
        }
        if (want(only, "curation")) {
            CurationBench.measure(dir.resolve("curation/isnad"), 1, runs(5));
        }
        if (want(only, "team")) {
            TeamBench.measure(dir, quick);
        }
    }

    private static boolean want(List<String> only, String phase) {
        return only.isEmpty() || only.contains(phase);
    }

    private int runs(int full) {
        return quick ? Math.max(3, full / 3) : full;
    }

    // ---- open_doc_ms ----

    /** What the document view needs: the session (text, spans, links, verdicts), its highlights and the paragraphs. */
    record Opened(AnnotationSession session, List<Highlight> highlights, TextParagraphs paragraphs) {
    }

    private Opened open(Workspace workspace) {
        AnnotationSession session = workspace.open(article.documentId(), BenchData.ANALYST);
        List<Highlight> highlights = new ArrayList<>();
        for (Span s : session.set().spans()) {
            highlights.add(new Highlight(s.id(), s.layer().key(), s.start(), s.end()));
        }
        return new Opened(session, highlights, TextParagraphs.of(session.document().text()));
    }

    private void openDocument() throws Exception {
        Workspace workspace = new Workspace(work, clock);
        double[] times = Figures.time(3, runs(15), i -> {
            long t0 = System.nanoTime();
            Opened o = open(workspace);
            double t = ms(System.nanoTime() - t0);
            if (o.session().set().spans().size() != BenchData.ARTICLE_SPANS || o.session().set().links().size() != BenchData.ARTICLE_LINKS) {
                throw new IllegalStateException("opened " + o.session().set().spans().size() + " spans");
            }
            return t;
        });
        print("open_doc_ms", median(times), "ms");
    }

    // ---- heap_after_open_mb ----

    private void heapAfterOpen() {
        Workspace workspace = new Workspace(work, clock);
        long before = usedAfterGc();
        Opened opened = open(workspace);
        long after = usedAfterGc();
        print("heap_after_open_mb", after / 1048576.0, "MB");
        print("heap_before_open_mb", before / 1048576.0, "MB");
        note(String.format("the opened article holds %,d spans", opened.session().set().spans().size()));
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    // ---- library_open_ms ----

    /**
     * As when the program starts: the database opened afresh each time (H2 would otherwise answer a
     * repeated query from the result it kept, which no real listing after a change gets).
     */
    private void libraryOpen() throws Exception {
        work.close();
        try {
            double[] times = Figures.time(2, runs(9), i -> {
                try (H2Store store = H2Store.open(workBase())) {
                    Workspace workspace = new Workspace(store, clock);
                    long t0 = System.nanoTime();
                    int n = workspace.library().documents().size();
                    double t = ms(System.nanoTime() - t0);
                    if (n != BenchData.CORPUS_DOCUMENTS + 1) {
                        throw new IllegalStateException("listed " + n + " documents");
                    }
                    return t;
                }
            });
            print("library_open_ms", median(times), "ms");
        } finally {
            work = H2Store.open(workBase());
        }
    }

    private Path workBase() {
        return dir.resolve("work/isnad");
    }

    // ---- suggest_ms ----

    private void suggest() throws Exception {
        AnnotationSession session = new Workspace(work, clock).open(article.documentId(), BenchData.ANALYST);
        int[] count = new int[1];
        double[] times = Figures.time(1, runs(5), i -> {
            // a new workspace each time: the engine's results are cached per workspace
            Workspace fresh = new Workspace(work, clock);
            long t0 = System.nanoTime();
            count[0] = fresh.suggestions().pending(session).size();
            return ms(System.nanoTime() - t0);
        });
        print("suggest_ms", median(times), "ms");
        note(count[0] + " suggestions still open on the article (its 10,000 annotations set aside)");
    }

    // ---- edit_commit_p50_us, edit_commit_p99_us ----

    private void editCommits() {
        editCommits(work, "edit_commit", runs(600));
        // the same without the fsync per commit (docs/adr/0003-h2-durability.md), to show its share
        work.close();
        try (H2Store unsynced = MeasuredStores.open(workBase(), false)) {
            editCommits(unsynced, "edit_commit_nosync", runs(600));
        } finally {
            work = H2Store.open(workBase());
        }
    }

    /** "Mark quote" (a quote attributed to a speaker mention) through the service, each call committed and synced. */
    private void editCommits(Repositories store, String name, int n) {
        AnnotationSession session = new Workspace(store, clock).open(article.documentId(), BenchData.ANALYST);
        List<String> speakers = session.set().spans().stream().filter(s -> s.layer() == Layer.SPEAKER).map(Span::id).toList();
        BenchData.Words words = BenchData.Words.of(article.text());
        Random random = new Random(7);
        int warmups = 100;
        double[] us = new double[n];
        for (int i = 0; i < warmups + n; i++) {
            int w = random.nextInt(words.size() - 30);
            TextRange r = words.range(article.text(), w, 3 + random.nextInt(20));
            String speaker = speakers.get(random.nextInt(speakers.size()));
            long t0 = System.nanoTime();
            session.markQuoteOf(speaker, r.start(), r.end());
            long t = System.nanoTime() - t0;
            if (i >= warmups) {
                us[i - warmups] = t / 1e3;
            }
        }
        print(name + "_p50_us", percentile(us, 50), "us");
        print(name + "_p99_us", percentile(us, 99), "us");
        // put the article back as it was, for whatever runs next
        while (session.history().canUndo()) {
            session.undo();
        }
    }

    // ---- store_vs_jdbc_ratio ----

    private void storeVersusJdbc() throws Exception {
        Path storeBase = dir.resolve("spans-store/isnad");
        Path jdbcBase = dir.resolve("spans-jdbc/isnad");
        Path unsyncedBase = dir.resolve("spans-nosync/isnad");
        Document doc = BenchData.document(article.documentId(), "مقال طويل للقياس", article.text(), BenchData.T0);
        for (Path base : List.of(storeBase, jdbcBase, unsyncedBase)) {
            try (H2Store s = H2Store.open(base)) {
                s.transactions().run(() -> {
                    article.actors().forEach(s.actors()::add);
                    s.documents().add(doc);
                });
            }
        }
        BenchData.Words words = BenchData.Words.of(article.text());
        double[] store = new double[runs(10)];
        double[] jdbc = new double[store.length];
        double[] unsynced = new double[store.length];
        int warmups = 3;
        try (H2Store s = H2Store.open(storeBase); Connection c = MeasuredStores.plainJdbc(jdbcBase);
             H2Store u = MeasuredStores.open(unsyncedBase, false)) {
            for (int r = 0; r < warmups + store.length; r++) {
                List<Span> spans = BenchData.annotations(article.text(), words, 2_500, 0, article.actors(), "rep" + r + "-").spans();
                String setId = BenchData.id("spans-set", r);
                AnnotationSetInfo set = new AnnotationSetInfo(setId, doc.id(), BenchData.ANALYST, SetKind.ANALYST, SetState.IN_PROGRESS, BenchData.T0);
                s.annotations().addSet(set);
                u.annotations().addSet(set);
                insertSet(c, set);
                // alternate which side goes first, so that neither always runs on a warmer machine
                double a;
                double b;
                if (r % 2 == 0) {
                    a = saveThroughStore(s, setId, spans);
                    b = saveThroughJdbc(c, setId, spans);
                } else {
                    b = saveThroughJdbc(c, setId, spans);
                    a = saveThroughStore(s, setId, spans);
                }
                double n = saveThroughStore(u, setId, spans);
                if (r >= warmups) {
                    store[r - warmups] = a;
                    jdbc[r - warmups] = b;
                    unsynced[r - warmups] = n;
                }
            }
        }
        double ms = median(store);
        double plain = median(jdbc);
        print("store_vs_jdbc_ratio", ms / plain, "x");
        print("store_save_10000_spans_ms", ms, "ms");
        print("jdbc_batch_10000_spans_ms", plain, "ms");
        print("store_nosync_save_10000_spans_ms", median(unsynced), "ms");
    }

    private static double saveThroughStore(H2Store s, String setId, List<Span> spans) {
        long t0 = System.nanoTime();
        s.annotations().addSpans(setId, spans);
        return ms(System.nanoTime() - t0);
    }

    private static void insertSet(Connection c, AnnotationSetInfo set) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO annotation_set (id, document_id, annotator, kind, state, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, set.id());
            insert.setString(2, set.documentId());
            insert.setString(3, set.annotator());
            insert.setString(4, set.kind().name());
            insert.setString(5, set.state().name());
            insert.setObject(6, set.createdAt().atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        c.commit();
    }

    /** The same rows as the store writes, by hand: one prepared statement, one batch, one commit. */
    private static double saveThroughJdbc(Connection c, String setId, List<Span> spans) throws SQLException {
        long t0 = System.nanoTime();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO span (id, set_id, layer, start_offset, end_offset, note, "
                + "actor_id, quote_type, implicit_speaker_actor_id, claim_text, claimant_actor_id, polarity, commitment, "
                + "claim_type, check_worthiness, topic, verdict) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Span span : spans) {
                SpeakerMention speaker = span.attributes() instanceof SpeakerMention m ? m : null;
                QuoteDetails quote = span.attributes() instanceof QuoteDetails q ? q : null;
                ClaimDetails claim = span.attributes() instanceof ClaimDetails k ? k : null;
                insert.setString(1, span.id());
                insert.setString(2, setId);
                insert.setString(3, span.layer().name());
                insert.setInt(4, span.start());
                insert.setInt(5, span.end());
                insert.setString(6, span.note());
                insert.setString(7, speaker == null ? null : speaker.actorId());
                insert.setString(8, quote == null ? null : quote.type().name());
                insert.setString(9, quote == null ? null : quote.implicitSpeakerActorId());
                insert.setString(10, claim == null ? null : claim.normalizedText());
                insert.setString(11, claim == null ? null : claim.claimantActorId());
                insert.setString(12, claim == null ? null : claim.polarity().name());
                insert.setString(13, claim == null || claim.commitment() == null ? null : claim.commitment().name());
                insert.setString(14, claim == null || claim.claimType() == null ? null : claim.claimType().name());
                if (claim == null || claim.checkWorthiness() == null) {
                    insert.setNull(15, Types.INTEGER);
                } else {
                    insert.setInt(15, claim.checkWorthiness());
                }
                insert.setString(16, claim == null ? null : claim.topic());
                insert.setString(17, claim == null ? null : claim.verdict());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        c.commit();
        return ms(System.nanoTime() - t0);
    }

    // ---- export_vs_zip_baseline_ratio, export_vs_jackson_ratio: ExportFigures ----

    // ---- import_bundle_ms ----

    private void importBundle() throws Exception {
        double[] times = Figures.time(2, runs(7), i -> {
            try (H2Store empty = H2Store.open(dir.resolve("import-" + i + "/isnad"))) {
                BundleInterchange interchange = new BundleInterchange(() -> empty, clock);
                long t0 = System.nanoTime();
                interchange.importFile(ImportRequest.of(bundle, BenchData.ANALYST), Progress.none());
                double t = ms(System.nanoTime() - t0);
                int n = empty.annotations().spansOf(article.setId()).size();
                if (n != BenchData.ARTICLE_SPANS) {
                    throw new IllegalStateException("imported " + n + " spans");
                }
                return t;
            }
        });
        print("import_bundle_ms", median(times), "ms");
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
