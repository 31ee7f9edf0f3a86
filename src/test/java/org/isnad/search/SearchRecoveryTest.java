package org.isnad.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.isnad.domain.Layer;
import org.isnad.service.SearchHit;
import org.isnad.service.SearchQuery;
import org.isnad.store.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database is the truth: an index deleted, damaged, or left behind by a crash is caught up at the next start. */
class SearchRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void deletedIndexFilesAreRebuiltAtStart() throws Exception {
        try (SearchFixture fixture = new SearchFixture(dir)) {
            fixture.importText(SearchFixture.SECURITY, "الجزيرة", LocalDate.of(2024, 3, 1));
            fixture.search.awaitCaughtUp();
            assertEquals(3, texts(fixture, "الامن").size());
        }
        Path index = dir.resolve("isnad.index");
        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        try (SearchFixture fixture = new SearchFixture(dir)) {
            assertEquals(List.of("الأمن", "الأمنية", "الأمني"), texts(fixture, "الامن"));
        }
    }

    @Test
    void aDamagedIndexIsRebuiltAtStart() throws Exception {
        try (SearchFixture fixture = new SearchFixture(dir)) {
            fixture.importText(SearchFixture.SECURITY, "الجزيرة", LocalDate.of(2024, 3, 1));
            fixture.search.awaitCaughtUp();
        }
        try (Stream<Path> files = Files.list(dir.resolve("isnad.index"))) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("segments")
                    && !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        try (SearchFixture fixture = new SearchFixture(dir)) {
            assertEquals(List.of("إيران"), texts(fixture, "ايران"));
        }
    }

    @Test
    void anEditCommittedJustBeforeAKillIsFoundAfterTheRestart() throws Exception {
        Process child = ChildJvm.start(SearchCrashProcess.class.getName(), List.of(), List.of(dir.toString()));
        List<String> said = new ArrayList<>();
        try (BufferedReader out = ChildJvm.output(child)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                said.add(line);
                if (said.contains("BLOCKED") && said.contains("COMMITTED")) {
                    break;
                }
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertTrue(said.contains("BLOCKED"), "the child was killed between commit and index update: " + said);

        try (SearchFixture fixture = new SearchFixture(dir)) {
            assertEquals(List.of("الأمني"), fixture.search.search(SearchQuery.of("الامن").withLayer(Layer.QUOTE), 0, 10)
                    .hits().stream().map(SearchHit::text).toList(), "the quote marked before the kill");
            assertEquals(List.of("الاقـتـصـاد"), texts(fixture, "اقتصاد"), "the article imported before the kill");
        }
    }

    private static List<String> texts(SearchFixture fixture, String query) {
        return fixture.search.search(SearchQuery.of(query), 0, 100).hits().stream().map(SearchHit::text).toList();
    }
}
