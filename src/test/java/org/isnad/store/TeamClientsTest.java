package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.Document;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.Span;
import org.isnad.service.Repositories;
import org.isnad.service.TeamServer;
import org.isnad.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's concurrency and restart tests: four analysts' desktops, each a separate JVM ({@link TeamClient}),
 * edit one document on the team server at once for about 20 s. Now and then one is killed with SIGKILL and
 * its analyst starts the program again; in the middle the server itself is stopped and started again. Afterwards
 * the server holds every acknowledged command and none twice, the audit trail tells exactly what the data
 * holds, and every desktop went on working after the restart without being started again.
 */
class TeamClientsTest {
    private static final int CLIENTS = 4;
    private static final Pattern QUOTE_IN_AUDIT = Pattern.compile("QUOTE (\\S+) \\[");

    private final TestPostgres server = TestPostgres.shared();
    private final String database = server.newDatabase();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String password = "pw-" + suffix;
    private final List<String> logins = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void cleanUp() throws Exception {
        for (Process p : processes) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (Connection c = server.superuser(database); Statement s = c.createStatement()) {
            for (String user : logins) {
                s.execute("DROP OWNED BY " + user);
                s.execute("DROP ROLE " + user);
            }
        }
    }

    @Test
    void killedClientsAndARestartedServerLoseNoAcknowledgedCommand() throws Exception {
        String documentId = setUpTeam();
        Path stop = dir.resolve("STOP");
        Random random = new Random();
        Process[] running = new Process[CLIENTS];
        int launched = 0;
        for (int k = 0; k < CLIENTS; k++) {
            running[k] = launch(k, launched++, documentId, stop);
        }
        awaitFirstAcks();

        long start = System.currentTimeMillis();
        int killed = 0;
        long serverBack = 0;
        // about 20 s: a client killed at a random moment every 3 to 5 s; the server away for 2 s in the middle
        long nextKill = start + 3_000 + random.nextInt(2_000);
        while (System.currentTimeMillis() - start < 20_000) {
            if (serverBack == 0 && System.currentTimeMillis() - start > 8_000) {
                server.stopServer();
                try {
                    Thread.sleep(2_000);
                } finally {
                    server.startServer();
                }
                serverBack = System.currentTimeMillis();
            }
            if (System.currentTimeMillis() >= nextKill && System.currentTimeMillis() - start < 14_000) {
                int k = random.nextInt(CLIENTS);
                running[k].destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                killed++;
                running[k] = launch(k, launched++, documentId, stop);
                nextKill = System.currentTimeMillis() + 3_000 + random.nextInt(2_000);
            }
            Thread.sleep(50);
        }
        // every desktop goes on working after the restart (on a busy machine a client started again may need a while)
        long deadline = System.currentTimeMillis() + 60_000;
        while (!allSavedAfter(serverBack + 500) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        Files.createFile(stop);
        for (Process p : running) {
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "a client stopped when told");
            assertEquals(0, p.exitValue(), "a client ended normally: " + logs());
        }
        assertTrue(killed >= 2, "clients killed: " + killed);

        Acks acks = readAcks();
        assertTrue(acks.marked.size() >= 40, "enough work was done: " + acks.marked.size() + " quotes acknowledged");
        assertTrue(acks.failures > 0, "some command failed while the server was away");
        for (String login : logins) {
            assertTrue(acks.lastAck.getOrDefault(login, 0L) > serverBack + 500,
                    login + " went on working after the server came back" + logs());
        }
        checkTheServerHoldsWhatWasAcknowledged(documentId, acks);
    }

    private String setUpTeam() {
        try (PgTeamServer admin = PgTeamServer.open(server.address(database, TestPostgres.SUPERUSER), TestPostgres.SUPERUSER_PASSWORD)) {
            admin.initialize();
            for (int k = 0; k < CLIENTS; k++) {
                String login = "client" + k + "_" + suffix;
                admin.addUser(login, TeamServer.Role.ANALYST, password.toCharArray());
                logins.add(login);
            }
        }
        try (Repositories owner = owner()) {
            Document doc = Samples.document("بيان المتحدث الرسمي", TeamClient.text(), Samples.T0);
            owner.documents().add(doc);
            return doc.id();
        }
    }

    private Repositories owner() {
        return ServerStore.open(server.address(database, TestPostgres.SUPERUSER), TestPostgres.SUPERUSER_PASSWORD);
    }

    private boolean allSavedAfter(long time) throws IOException {
        Acks acks = readAcks();
        return logins.stream().allMatch(login -> acks.lastAck.getOrDefault(login, 0L) > time);
    }

    /** Client {@code k}'s analyst starts the program (the {@code n}-th start), with the password in the environment. */
    private Process launch(int k, int n, String documentId, Path stop) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), TeamClient.class.getName(),
                Integer.toString(server.port()), database, logins.get(k), documentId,
                dir.resolve("acks-" + k + "-" + n).toString(), stop.toString(), Long.toString(n * 7919L)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log-" + k + "-" + n).toFile());
        builder.environment().put("ISNAD_TEST_PASSWORD", password);
        Process p = builder.start();
        processes.add(p);
        return p;
    }

    /** Waits (at most a minute, for slow starts of four JVMs on a busy machine) until each client has saved something. */
    private void awaitFirstAcks() throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (readAcks().lastAck.size() < CLIENTS) {
            assertTrue(System.currentTimeMillis() < deadline, "every client saved a first quote: " + logs());
            Thread.sleep(100);
        }
    }

    /** What the clients acknowledged, over all their starts. */
    private static final class Acks {
        final Map<String, String> marked = new HashMap<>();
        final Set<String> undone = new HashSet<>();
        final Map<String, Long> lastAck = new HashMap<>();
        int failures;
    }

    private Acks readAcks() throws IOException {
        Acks acks = new Acks();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("acks-")).sorted().toList()) {
                String login = logins.get(Integer.parseInt(file.getFileName().toString().split("-")[1]));
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.split(" ");
                    if (f.length < 3) {
                        continue; // an empty line
                    }
                    switch (f[0]) {
                        case "ACK" -> {
                            acks.marked.put(f[2], login);
                            acks.lastAck.merge(login, Long.parseLong(f[1]), Math::max);
                        }
                        case "UNDO" -> acks.undone.add(f[2]);
                        case "FAIL" -> acks.failures++;
                        default -> throw new AssertionError("unknown line " + line);
                    }
                }
            }
        }
        return acks;
    }

    private void checkTheServerHoldsWhatWasAcknowledged(String documentId, Acks acks) throws SQLException {
        try (Repositories owner = owner()) {
            List<AuditEvent> audit = owner.audit().eventsOf(documentId);
            // each committed command counted once by the change counter the search indexes follow, none that rolled back
            assertTrue(owner.changes().changedSince(0).contains(documentId));
            assertEquals(audit.size(), changesCounted(documentId), "one numbered change per audited command");
            Set<String> allQuotes = new HashSet<>();
            for (AnnotationSetInfo set : owner.annotations().setsOf(documentId)) {
                assertTrue(logins.contains(set.annotator()), "each set is a client's own: " + set.annotator());
                List<Span> spans = owner.annotations().spansOf(set.id());
                List<Span> quotes = spans.stream().filter(s -> s.layer() == Layer.QUOTE).toList();
                List<Span> speakers = spans.stream().filter(s -> s.layer() == Layer.SPEAKER).toList();
                assertEquals(1, speakers.size(), "one speaker mention in " + set.annotator() + "'s set");
                Set<String> ranges = new HashSet<>();
                for (Span q : quotes) {
                    assertTrue(ranges.add(q.start() + "-" + q.end()), "no quote stored twice: " + q);
                    allQuotes.add(q.id());
                }
                // each mark and its link went in together
                List<Link> links = owner.annotations().linksOf(set.id());
                assertEquals(quotes.size(), links.size(), "one link per quote in " + set.annotator() + "'s set");
                for (Link l : links) {
                    assertEquals(LinkType.ATTRIBUTED_TO, l.type());
                    assertEquals(speakers.get(0).id(), l.toSpanId());
                }
                assertEquals(ids(quotes), replay(audit, set.id()), "the audit trail of " + set.annotator() + "'s set tells what it holds");
            }
            for (Map.Entry<String, String> ack : acks.marked.entrySet()) {
                if (!acks.undone.contains(ack.getKey())) {
                    assertTrue(allQuotes.contains(ack.getKey()), "acknowledged quote " + ack.getKey() + " of " + ack.getValue() + " is stored");
                }
            }
            for (String undone : acks.undone) {
                assertFalse(allQuotes.contains(undone), "the quote " + undone + " whose undo was acknowledged is gone");
            }
        }
    }

    private long changesCounted(String documentId) throws SQLException {
        try (Connection c = server.superuser(database);
             java.sql.PreparedStatement count = c.prepareStatement("SELECT count(*) FROM search_change WHERE document_id = ?")) {
            count.setString(1, documentId);
            try (java.sql.ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Set<String> ids(List<Span> spans) {
        Set<String> ids = new HashSet<>();
        spans.forEach(s -> ids.add(s.id()));
        return ids;
    }

    /** The quotes of a set as its audit trail tells them: marked by "execute", taken away by "undo". */
    private static Set<String> replay(List<AuditEvent> audit, String setId) {
        Set<String> quotes = new HashSet<>();
        for (AuditEvent e : audit) {
            if (!setId.equals(e.setId())) {
                continue;
            }
            if (e.action().equals("execute")) {
                Matcher m = QUOTE_IN_AUDIT.matcher(e.after());
                while (m.find()) {
                    assertTrue(quotes.add(m.group(1)), "a quote marked once: " + m.group(1));
                }
            } else if (e.action().equals("undo")) {
                Matcher m = QUOTE_IN_AUDIT.matcher(e.before());
                while (m.find()) {
                    assertTrue(quotes.remove(m.group(1)), "an undone quote was there: " + m.group(1));
                }
            }
        }
        return quotes;
    }

    private String logs() {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("STOP")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (!text.isBlank()) {
                    // the start of a program's output, the end of its acknowledgements
                    String part = f.getFileName().toString().startsWith("log-") ? text.substring(0, Math.min(text.length(), 3_000))
                            : text.substring(Math.max(0, text.length() - 1_000));
                    all.append('\n').append(f.getFileName()).append(":\n").append(part);
                }
            }
        } catch (IOException e) {
            all.append(e);
        }
        return all.toString();
    }
}
