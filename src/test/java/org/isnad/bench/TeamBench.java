package org.isnad.bench;

import static org.isnad.bench.Figures.median;
import static org.isnad.bench.Figures.ms;
import static org.isnad.bench.Figures.note;
import static org.isnad.bench.Figures.percentile;
import static org.isnad.bench.Figures.print;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.isnad.bundle.BundleInterchange;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;
import org.isnad.service.ExportRequest;
import org.isnad.service.ImportRequest;
import org.isnad.service.InterchangeFormat;
import org.isnad.service.LibraryFilter;
import org.isnad.service.LibraryOrder;
import org.isnad.service.LibraryPage;
import org.isnad.service.Progress;
import org.isnad.service.Repositories;
import org.isnad.service.TeamServer;
import org.isnad.service.Workspace;
import org.isnad.store.PgTeamServer;
import org.isnad.store.ServerAddress;
import org.isnad.store.ServerStore;
import org.isnad.testing.TestPostgres;
import org.isnad.text.TextRange;

/**
 * The team server's figures (issue 15), on a PostgreSQL server of its own ({@link TestPostgres}: the real
 * binaries, on loopback) set up as {@code server init} and {@code server add-user} set it up, the work done
 * through the program's store and services as analysts' logins (so the row-level security is in every figure):
 *
 * <ul>
 *   <li>{@code pg_edit_commit_p99_ms}: 8 clients (each its own pool, as 8 desktops) mark quotes on the megabyte
 *       article at once, each mark one transaction with its audit event; the 99th percentile of all marks;</li>
 *   <li>{@code pg_open_doc_ms}: opening the megabyte article with its 10,000 annotations (as the {@code open} phase);</li>
 *   <li>{@code pg_library_open_20k_ms}: the first library page of the 20,000-document corpus of the {@code corpus} phase;</li>
 *   <li>{@code pg_import_bundle_ms}: importing the article's bundle into a fresh team database.</li>
 * </ul>
 */
final class TeamBench {
    static final int CLIENTS = 8;
    private static final String PASSWORD = "bench-" + java.util.UUID.randomUUID();
    private static final Clock CLOCK = Clock.systemUTC();

    private final TestPostgres server;
    private final Path dir;
    private final boolean quick;

    private TeamBench(TestPostgres server, Path dir, boolean quick) {
        this.server = server;
        this.dir = dir;
        this.quick = quick;
    }

    static void measure(Path dir, boolean quick) throws Exception {
        long t = System.nanoTime();
        TestPostgres server = TestPostgres.shared();
        note(String.format(Locale.ROOT, "PostgreSQL started on 127.0.0.1:%d in %.1f s", server.port(), (System.nanoTime() - t) / 1e9));
        TeamBench bench = new TeamBench(server, dir, quick);
        String database = bench.teamDatabase(true);
        BenchData.StoredArticle article = BenchData.article(BenchData.megabyteArticle());
        try (Repositories layla = bench.as(database, BenchData.ANALYST)) {
            BenchData.storeArticle(layla, article, BenchData.T0);
        }
        bench.analyze(database);
        bench.openDocument(database, article);
        // the bundle holds layla's set only: an analyst may not import other analysts' sets (row-level security)
        Path bundle = bench.export(database, article);
        bench.editCommits(database, article);
        bench.importBundle(bundle, article);
        bench.libraryOpen();
    }

    /** A new database with the schema and the group roles; {@code withUsers}: the analysts' logins too (once per server). */
    private String teamDatabase(boolean withUsers) {
        String database = server.newDatabase();
        try (PgTeamServer owner = PgTeamServer.open(server.address(database, TestPostgres.SUPERUSER), TestPostgres.SUPERUSER_PASSWORD)) {
            owner.initialize();
            if (withUsers) {
                owner.addUser(BenchData.ANALYST, TeamServer.Role.ANALYST, PASSWORD.toCharArray());
                for (int i = 1; i <= CLIENTS; i++) {
                    owner.addUser(client(i), TeamServer.Role.ANALYST, PASSWORD.toCharArray());
                }
            }
        }
        return database;
    }

    private static String client(int i) {
        return "bench_analyst_" + i;
    }

    private Repositories as(String database, String login) {
        return ServerStore.open(server.address(database, login), PASSWORD);
    }

    /** What autovacuum does soon after a bulk load; done at once so that the planner knows the tables' sizes. */
    private void analyze(String database) throws Exception {
        try (Connection c = server.superuser(database); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        }
    }

    // ---- pg_open_doc_ms ----

    private void openDocument(String database, BenchData.StoredArticle article) throws Exception {
        try (Repositories layla = as(database, BenchData.ANALYST)) {
            Workspace workspace = new Workspace(layla, CLOCK);
            double[] times = Figures.time(3, quick ? 5 : 15, i -> {
                long t0 = System.nanoTime();
                AnnotationSession session = workspace.open(article.documentId(), BenchData.ANALYST);
                double t = ms(System.nanoTime() - t0);
                if (session.set().spans().size() != BenchData.ARTICLE_SPANS || session.set().links().size() != BenchData.ARTICLE_LINKS) {
                    throw new IllegalStateException("opened " + session.set().spans().size() + " spans");
                }
                return t;
            });
            print("pg_open_doc_ms", median(times), "ms");
        }
    }

    // ---- pg_edit_commit_p50_ms, pg_edit_commit_p99_ms ----

    /** Each client: its own set on the article, a speaker mention, then quotes attributed to it, one commit each. */
    private void editCommits(String database, BenchData.StoredArticle article) throws Exception {
        int warmups = 30;
        int n = quick ? 60 : 200;
        CyclicBarrier start = new CyclicBarrier(CLIENTS);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<double[]>> results = new ArrayList<>();
            for (int c = 1; c <= CLIENTS; c++) {
                int k = c;
                results.add(clients.submit(() -> {
                    try (Repositories store = as(database, client(k))) {
                        AnnotationSession session = new Workspace(store, CLOCK).open(article.documentId(), client(k));
                        BenchData.Words words = BenchData.Words.of(article.text());
                        Random random = new Random(k);
                        TextRange word = words.range(article.text(), k, 1);
                        Span speaker = session.mark(Layer.SPEAKER, word.start(), word.end());
                        double[] times = new double[n];
                        start.await();
                        for (int i = 0; i < warmups + n; i++) {
                            TextRange r = words.range(article.text(), random.nextInt(words.size() - 30), 3 + random.nextInt(20));
                            long t0 = System.nanoTime();
                            session.markQuoteOf(speaker.id(), r.start(), r.end());
                            if (i >= warmups) {
                                times[i - warmups] = ms(System.nanoTime() - t0);
                            }
                        }
                        return times;
                    }
                }));
            }
            double[] all = new double[CLIENTS * n];
            for (int c = 0; c < CLIENTS; c++) {
                System.arraycopy(results.get(c).get(), 0, all, c * n, n);
            }
            print("pg_edit_commit_p50_ms", percentile(all, 50), "ms");
            print("pg_edit_commit_p99_ms", percentile(all, 99), "ms");
            note(String.format(Locale.ROOT, "%d clients × %d marks (after %d each to warm up), each one transaction: span, link, audit event",
                    CLIENTS, n, warmups));
        } finally {
            clients.shutdownNow();
        }
    }

    // ---- pg_import_bundle_ms ----

    private Path export(String database, BenchData.StoredArticle article) {
        Path out = dir.resolve("team-article.isnad");
        try (Repositories layla = as(database, BenchData.ANALYST)) {
            new BundleInterchange(() -> layla, CLOCK).export(new ExportRequest(List.of(article.documentId()), InterchangeFormat.ISNAD,
                    out, false, BenchData.ANALYST), Progress.none());
        }
        return out;
    }

    private void importBundle(Path bundle, BenchData.StoredArticle article) throws Exception {
        double[] times = Figures.time(1, quick ? 3 : 5, i -> {
            String fresh = teamDatabase(false);
            try (Repositories layla = as(fresh, BenchData.ANALYST)) {
                BundleInterchange interchange = new BundleInterchange(() -> layla, CLOCK);
                long t0 = System.nanoTime();
                interchange.importFile(ImportRequest.of(bundle, BenchData.ANALYST), Progress.none());
                double t = ms(System.nanoTime() - t0);
                int spans = layla.annotations().spansOf(article.setId()).size();
                if (spans != BenchData.ARTICLE_SPANS) {
                    throw new IllegalStateException("imported " + spans + " spans");
                }
                return t;
            }
        });
        print("pg_import_bundle_ms", median(times), "ms");
    }

    // ---- pg_library_open_20k_ms ----

    private void libraryOpen() throws Exception {
        String database = teamDatabase(false);
        long t = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/" + database
                + "?reWriteBatchedInserts=true", TestPostgres.SUPERUSER, TestPostgres.SUPERUSER_PASSWORD)) {
            CorpusBench.fill(c);
        }
        analyze(database);
        note(String.format(Locale.ROOT, "team corpus: %,d documents, %,d annotations, written in %.1f s", CorpusBench.DOCUMENTS,
                CorpusBench.DOCUMENTS * 10, (System.nanoTime() - t) / 1e9));
        try (Repositories layla = as(database, BenchData.ANALYST)) {
            Workspace workspace = new Workspace(layla, CLOCK);
            double[] times = Figures.time(2, quick ? 3 : 9, i -> {
                long t0 = System.nanoTime();
                LibraryPage shown = workspace.catalog().page(LibraryFilter.ALL, LibraryOrder.IMPORTED, true, 0, 100);
                double ms = ms(System.nanoTime() - t0);
                if (shown.total() != CorpusBench.DOCUMENTS || shown.rows().size() != 100) {
                    throw new IllegalStateException("library of " + shown.total());
                }
                return ms;
            });
            print("pg_library_open_20k_ms", median(times), "ms");
        }
    }
}
