package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.isnad.domain.Document;
import org.isnad.service.AnnotationSession;
import org.isnad.text.TextHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, point 1: an action acknowledged as saved survives {@code kill -9} at any moment. A child
 * JVM ({@link StoreProcess} {@code annotate}) marks, links, deletes, undoes and redoes through
 * {@link AnnotationSession}, printing "ACK n digest" after each command's commit returned; the test
 * kills it with SIGKILL at a random moment (also during start-up and the schema migrations), reopens
 * the database and checks that it opens, that every acknowledged command is there (the audit log
 * counts the commands; the set's content must equal the last acknowledged state) and that at most
 * the one command in flight when the kill came was also saved. Then the next round goes on with the
 * same file.
 *
 * <p>Rounds: {@code -Disnad.crash.rounds=N} (default 12, about 20 s). The soak in the README runs 500.
 */
class CrashSafetyTest {
    private static final Pattern ACK = Pattern.compile("ACK ([0-9]+) ([0-9]+:[0-9a-f]{24})");
    private static final Pattern START = Pattern.compile("START ([0-9]+:[0-9a-f]{24})");

    @TempDir
    Path dir;

    /** {@code begun}: the highest command number printed, even on a line the kill cut short (then it committed too). */
    record Seen(String startDigest, int acks, String lastDigest, int begun, List<String> other) {
    }

    @Test
    void everyAcknowledgedCommandSurvivesSigkillAtRandomMoments() throws Exception {
        int rounds = Integer.getInteger("isnad.crash.rounds", 12);
        long seed = Long.getLong("isnad.crash.seed", 20240924L);
        Random random = new Random(seed);
        Path db = dir.resolve("isnad");
        long known = 0;
        String knownDigest = null;
        int kills = 0;
        int acksTotal = 0;
        int inFlightLanded = 0;
        int killedBeforeFirstAck = 0;
        for (int round = 0; round < rounds; round++) {
            // one round in four is killed at any moment of its start (opening, migrating, importing);
            // the others while annotating, up to 700 ms after their first command
            boolean duringStart = round % 4 == 0;
            long killAfterMs = duringStart ? random.nextInt(1200) : random.nextInt(700);
            Path ackFile = dir.resolve("acks-" + round + ".txt");
            Process child = ChildJvm.start("annotate", db, Long.toString(random.nextLong()), ackFile.toString());
            List<String> output = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> readAll(child, output));
            reader.start();
            try {
                if (!duringStart) {
                    long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    while (!firstAckIn(ackFile) && child.isAlive() && System.nanoTime() < waitUntil) {
                        Thread.sleep(5);
                    }
                }
                Thread.sleep(killAfterMs);
                assertTrue(child.isAlive(), "round " + round + ": the child died by itself: " + output);
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
                reader.join(30_000);
            } finally {
                child.destroyForcibly(); // also when an assertion above failed: never leave a child running
            }
            assertTrue(output.isEmpty(), "round " + round + ": the child said " + output);
            List<String> lines = Files.exists(ackFile) ? Files.readAllLines(ackFile) : List.of();
            // Process.destroyForcibly on Linux is kill(pid, SIGKILL): the exit status is 128 + 9
            assertEquals(137, child.exitValue(), "killed by SIGKILL");
            kills++;
            Seen seen = parse(lines);
            assertTrue(seen.other().isEmpty(), "round " + round + ": the child said " + seen.other());
            if (seen.startDigest() != null && knownDigest != null) {
                assertEquals(knownDigest, seen.startDigest(), "round " + round + ": the child read what was verified");
            }
            if (seen.acks() == 0) {
                killedBeforeFirstAck++;
            }
            Path killed = dir.resolve("isnad.mv.db");
            byte[] asKilled = Files.exists(killed) ? Files.readAllBytes(killed) : new byte[0];
            if (System.getProperty("isnad.crash.keep") != null) {
                Files.write(Path.of(System.getProperty("isnad.crash.keep")).resolve("round-" + round + ".mv.db"), asKilled);
            }
            try (H2Store store = H2Store.open(db)) {
                Optional<Document> doc = store.documents().findBySha256(TextHash.sha256Hex(StoreProcess.ARTICLE));
                if (doc.isEmpty()) {
                    assertEquals(0, seen.acks(), "round " + round);
                    continue;
                }
                long commands = store.audit().eventsOf(doc.get().id()).stream().filter(e -> e.setId() != null).count();
                String digest = SetDigest.of(AnnotationSession.open(store, doc.get().id(), StoreProcess.ANALYST,
                        java.time.Clock.systemUTC()).set());
                String round0 = "round " + round + " (killed after " + killAfterMs + " ms, " + seen.acks() + " acks)";
                assertTrue(commands >= known + seen.acks(), round0 + ": acknowledged commands were lost: "
                        + commands + " in the audit log, expected at least " + (known + seen.acks()) + "; set " + digest
                        + ", last acknowledged " + seen.lastDigest() + ", verified before " + knownDigest + "; child said " + lines);
                assertTrue(commands <= known + seen.begun() + 1, round0 + ": more commands than were made: " + commands
                        + " " + store.audit().eventsOf(doc.get().id()).stream().map(e -> e.action() + "/" + e.description()).toList()
                        + " " + lines);
                if (commands == known + seen.acks()) {
                    String expected = seen.acks() > 0 ? seen.lastDigest() : seen.startDigest() != null ? seen.startDigest() : knownDigest;
                    if (expected != null) {
                        assertEquals(expected, digest, round0 + ": the set is not what was acknowledged last");
                    }
                } else {
                    inFlightLanded++;
                }
                if (Boolean.getBoolean("isnad.crash.verbose")) {
                    System.out.printf("round %d: killed after %d ms, before %d, acks %d, begun %d, now %d%n", round, killAfterMs,
                            known, seen.acks(), seen.begun(), commands);
                }
                known = commands;
                knownDigest = digest;
                acksTotal += seen.acks();
            }
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> traces = files.filter(f -> f.getFileName().toString().endsWith(".trace.db")).toList();
                assertTrue(traces.isEmpty(), "H2 logged errors: " + traces);
            }
        }
        System.out.printf("crash safety: %d SIGKILLs, %d acknowledged commands all present, %d killed before the first"
                + " acknowledgement, %d unacknowledged commands that landed (seed %d)%n",
                kills, acksTotal, killedBeforeFirstAck, inFlightLanded, seed);
        assertTrue(rounds < 5 || acksTotal > 50, "the child did some work: " + acksTotal + " acknowledgements");
    }

    private static boolean firstAckIn(Path ackFile) throws IOException {
        return Files.exists(ackFile) && Files.size(ackFile) > 0 && Files.readString(ackFile).contains("ACK 1 ");
    }

    private static void readAll(Process child, List<String> lines) {
        try (BufferedReader out = ChildJvm.output(child)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the child was killed: the pipe breaks
        }
    }

    private static Seen parse(List<String> lines) {
        String start = null;
        int acks = 0;
        int begun = 0;
        String last = null;
        List<String> other = new ArrayList<>();
        synchronized (lines) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher a = ACK.matcher(line);
                Matcher s = START.matcher(line);
                Matcher cut = Pattern.compile("ACK ([0-9]+) .*").matcher(line);
                if (cut.matches()) {
                    begun = Math.max(begun, Integer.parseInt(cut.group(1)));
                }
                if (a.matches()) {
                    acks = Integer.parseInt(a.group(1));
                    last = a.group(2);
                } else if (s.matches()) {
                    start = s.group(1);
                } else if (i < lines.size() - 1 || !(line.startsWith("ACK") || line.startsWith("START"))) {
                    // only the very last line may be cut short by the kill
                    other.add(line);
                }
            }
        }
        return new Seen(start, acks, last, Math.max(begun, acks), other);
    }
}
