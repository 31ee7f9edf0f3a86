package org.isnad.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.isnad.domain.DomainException;
import org.isnad.domain.Layer;
import org.isnad.domain.LinkType;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.service.StorageException;
import org.isnad.testing.Kimmitt;

/**
 * A second program run by the tests in its own JVM:
 * <ul>
 * <li>{@code open PATH} tries to open the database and says OPENED or REFUSED;</li>
 * <li>{@code write PATH} adds documents one by one and prints "ACK id" after each one was committed, until it is killed;</li>
 * <li>{@code hold PATH} opens the database, takes a backup, says HOLDING and keeps it open until its input closes;</li>
 * <li>{@code annotate PATH SEED} annotates the crash-test article as an analyst would (mark, link, delete,
 *     undo, redo, notes, through {@link AnnotationSession}) and prints "ACK n digest" after each command's
 *     commit returned, until it is killed.</li>
 * </ul>
 */
public final class StoreProcess {
    static final String ANALYST = "crash-analyst";
    static final String ARTICLE = Kimmitt.SENTENCE + "\n" + Kimmitt.REUTERS + "\n"
            + "وأضاف: «سنواصل العمل مع الشركاء» 😀 في ٢٠٢٤، بحسب ما نقلته وكالة الأنباء.";

    private StoreProcess() {
    }

    public static void main(String[] args) throws Exception {
        System.setOut(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8));
        Path db = Path.of(args[1]);
        switch (args[0]) {
            case "open" -> open(db);
            case "hold" -> hold(db);
            case "annotate" -> annotate(db, Long.parseLong(args[2]), Path.of(args[3]));
            default -> write(db);
        }
    }

    private static void open(Path db) {
        try (H2Store store = H2Store.open(db)) {
            System.out.println("OPENED " + store.documents().count());
        } catch (StorageException e) {
            System.out.println("REFUSED " + e.getMessage());
        }
        System.out.flush();
    }

    private static void hold(Path db) throws Exception {
        try (H2Store store = H2Store.open(db)) {
            DatabaseBackups.of(db).take(store);
            System.out.println("HOLDING");
            System.out.flush();
            System.in.read();
        }
    }

    private static void write(Path db) {
        H2Store store = H2Store.open(db);
        for (int i = 0; ; i++) {
            String text = "خبر رقم " + i + " عن المحادثات بين بغداد وواشنطن بشأن مهمة التحالف الدولي.";
            var doc = Samples.document("خبر " + i, text, Instant.now().truncatedTo(ChronoUnit.MILLIS));
            store.documents().add(doc);
            System.out.println("ACK " + doc.id());
            System.out.flush();
        }
    }

    /** The document the crash test annotates (imported on first use) and the analyst's session on it. */
    static AnnotationSession session(H2Store store) {
        var library = new Library(store, Clock.systemUTC());
        var doc = library.importText(ARTICLE, "crash.txt", ImportOptions.none(), ANALYST).document();
        return AnnotationSession.open(store, doc.id(), ANALYST, Clock.systemUTC());
    }

    /**
     * The acknowledgements go to a file (one write call per line, no buffer), not through a pipe: what
     * reached the file before the kill is in the operating system's cache and is read by the test afterwards.
     */
    private static void annotate(Path db, long seed, Path acks) throws java.io.IOException {
        java.io.FileOutputStream log = new java.io.FileOutputStream(acks.toFile(), true);
        H2Store store = H2Store.open(db);
        AnnotationSession session = session(store);
        say(log, "START " + SetDigest.of(session.set()));
        Random random = new Random(seed);
        // the command stack tells its listeners after each commit (execute, undo, redo), and only then
        int[] committed = {0};
        session.history().addListener(() -> committed[0]++);
        int acknowledged = 0;
        while (true) {
            try {
                step(session, random);
            } catch (DomainException | IllegalStateException refused) {
                // a random choice the rules refuse (e.g. an empty selection): nothing was written
            }
            if (committed[0] > acknowledged) {
                acknowledged = committed[0];
                // the command's commit has returned: this is what the window shows as "Saved"
                say(log, "ACK " + acknowledged + " " + SetDigest.of(session.set()));
            }
        }
    }

    private static void say(java.io.FileOutputStream log, String line) throws java.io.IOException {
        log.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** One random user action; false when it did nothing. */
    private static boolean step(AnnotationSession session, Random random) {
        List<Span> spans = new ArrayList<>(session.set().spans());
        int length = ARTICLE.length();
        int roll = random.nextInt(100);
        if (spans.size() > 60) {
            roll = 35; // keep the set small: delete
        }
        if (roll < 30 || spans.isEmpty()) {
            int start = random.nextInt(length);
            int end = Math.min(length, start + 1 + random.nextInt(30));
            session.mark(Layer.values()[random.nextInt(Layer.values().length)], start, end);
            return true;
        }
        Span some = spans.get(random.nextInt(spans.size()));
        if (roll < 40) {
            session.delete(some.id());
            return true;
        }
        if (roll < 55) {
            Span other = spans.get(random.nextInt(spans.size()));
            for (LinkType type : LinkType.values()) {
                if (type.from() == some.layer() && type.to() == other.layer() && !some.id().equals(other.id())) {
                    session.link(type, some.id(), other.id());
                    return true;
                }
            }
            return false;
        }
        if (roll < 75) {
            if (!session.history().canUndo()) {
                return false;
            }
            session.undo();
            return true;
        }
        if (roll < 85) {
            if (!session.history().canRedo()) {
                return false;
            }
            session.redo();
            return true;
        }
        if (roll < 92) {
            session.setNote(some.id(), "ملاحظة " + random.nextInt(1000));
            return true;
        }
        int start = random.nextInt(length);
        session.adjustBounds(some.id(), start, Math.min(length, start + 1 + random.nextInt(20)));
        return true;
    }


}
