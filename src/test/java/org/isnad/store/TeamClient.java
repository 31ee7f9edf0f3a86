package org.isnad.store;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;
import org.isnad.service.Repositories;
import org.isnad.service.StorageException;

/**
 * One desktop of a team, run by {@link TeamClientsTest} in its own JVM: an analyst (a login of the test's
 * PostgreSQL) who marks quotes of one speaker on a shared document, and now and then undoes the last one,
 * through the program's store and {@link AnnotationSession}, until the file {@code STOP} exists.
 *
 * <p>Arguments: {@code PORT DATABASE LOGIN DOCUMENT ACKS STOP SEED}; the password comes from the environment
 * ({@code ISNAD_TEST_PASSWORD}), as a real desktop never has it on its command line. Lines written to
 * {@code ACKS}, each with one write call, so that what reached the file before a SIGKILL is there:
 * <ul>
 *   <li>{@code ACK millis spanId start end}: the mark's commit returned (what the window shows as saved);</li>
 *   <li>{@code UNDO millis spanId}: the undo of that mark committed;</li>
 *   <li>{@code FAIL millis message}: the command was refused (e.g. the server was away): it is not acknowledged.</li>
 * </ul>
 * The n-th quote of the set covers a range that depends on n only, so that a command applied twice would show
 * as two quotes over the same words. After a failure the view is read again from the server, as the window's is.
 */
public final class TeamClient {
    /** One quote per word before the ranges widen: a quiet machine's clients mark more than 1,000 quotes each. */
    static final int WORDS = 4000;
    /** Words after the last first word, so that a widened range is never cut short by the end of the text. */
    static final int SPARE = 10;

    private TeamClient() {
    }

    /** The shared document: numbered Arabic words, one range per quote number. */
    static String text() {
        StringBuilder text = new StringBuilder("قال المتحدث الرسمي");
        for (int i = 0; i < WORDS + SPARE; i++) {
            text.append(' ').append("كلمة").append(i);
        }
        return text.toString();
    }

    /** The n-th quote: {@code 1 + n / WORDS} words from word {@code n % WORDS} (distinct for n below WORDS × SPARE). */
    static int[] range(String text, int n) {
        String[] words = text.split(" ");
        int first = 3 + n % WORDS;
        int last = first + n / WORDS;
        if (last >= words.length) {
            throw new IllegalStateException("quote " + n + " would run past the text: make WORDS larger");
        }
        int start = 0;
        for (int i = 0; i < first; i++) {
            start += words[i].length() + 1;
        }
        int end = start;
        for (int i = first; i <= last; i++) {
            end += words[i].length() + (i == first ? 0 : 1);
        }
        return new int[] {start, end};
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        ServerAddress address = new ServerAddress(args[2], "127.0.0.1", port, args[1], "");
        String documentId = args[3];
        Path stop = Path.of(args[5]);
        Random random = new Random(Long.parseLong(args[6]));
        String password = System.getenv("ISNAD_TEST_PASSWORD");
        try (FileOutputStream acks = new FileOutputStream(args[4], true)) {
            Repositories store = null;
            AnnotationSession session = null;
            // the quotes this session marked, newest first: what its undo stack holds
            Deque<String> marked = new ArrayDeque<>();
            while (!Files.exists(stop)) {
                try {
                    if (store == null) {
                        store = ServerStore.open(address, password);
                    }
                    if (session == null) {
                        session = AnnotationSession.open(store, documentId, address.user(), Clock.systemUTC());
                        marked.clear();
                    }
                    step(session, marked, random, acks);
                } catch (StorageException e) {
                    say(acks, "FAIL " + System.currentTimeMillis() + " " + e.getMessage().replace('\n', ' '));
                    session = null; // read again from the server: the last committed state
                    Thread.sleep(100);
                }
                Thread.sleep(10);
            }
            if (store != null) {
                store.close();
            }
        }
    }

    private static void step(AnnotationSession session, Deque<String> marked, Random random, FileOutputStream acks)
            throws IOException {
        String text = session.document().text();
        List<Span> speakers = session.set().spans().stream().filter(s -> s.layer() == Layer.SPEAKER).toList();
        if (speakers.isEmpty()) {
            session.mark(Layer.SPEAKER, 4, 11);
            return;
        }
        if (random.nextInt(10) == 0 && !marked.isEmpty()) {
            session.undo();
            say(acks, "UNDO " + System.currentTimeMillis() + " " + marked.pop());
            return;
        }
        int n = session.set().spans().size() - speakers.size();
        int[] r = range(text, n);
        Span quote = session.markQuoteOf(speakers.get(0).id(), r[0], r[1]);
        marked.push(quote.id());
        say(acks, "ACK " + System.currentTimeMillis() + " " + quote.id() + " " + quote.start() + " " + quote.end());
    }

    private static void say(FileOutputStream acks, String line) throws IOException {
        acks.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
