package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.isnad.domain.Document;
import org.isnad.service.Backup;
import org.isnad.service.StorageException;
import org.isnad.testing.HandClock;
import org.isnad.testing.Kimmitt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Rolling backups beside the database, and going back to one. */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DatabaseBackupsTest {
    static final Instant START = Instant.parse("2024-09-24T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aBackupTakenWhileOpenRestoresExactlyThatState() throws Exception {
        Path db = dir.resolve("isnad");
        HandClock clock = new HandClock(START);
        DatabaseBackups backups = DatabaseBackups.of(db, clock, 10);
        Document first = Samples.document("الأول", Kimmitt.SENTENCE, Samples.T0);
        Document second = Samples.document("الثاني", Kimmitt.REUTERS, Samples.T0);
        Backup taken;
        try (H2Store store = H2Store.open(db)) {
            store.documents().add(first);
            taken = backups.take(store);
            store.documents().add(second);
        }
        assertEquals(dir.resolve("backups"), backups.folder());
        assertEquals("isnad-20240924-080000-000.zip", taken.name());
        assertEquals(List.of(taken), backups.list());
        var before = RawDatabase.dump(db);

        String said = backups.restore(taken.name()).english();
        assertTrue(said.contains("before-restore"), said);
        try (H2Store store = H2Store.open(db)) {
            assertTrue(store.documents().find(first.id()).isPresent());
            assertFalse(store.documents().find(second.id()).isPresent(), "the later document is not in the backup");
        }
        // the safety copy holds the state before the restore, and can itself be restored
        Backup safety = backups.list().stream().filter(b -> b.name().endsWith("-before-restore.zip")).findFirst().orElseThrow();
        backups.restore(safety.name());
        assertEquals(before, RawDatabase.dump(db));
    }

    @Test
    void onlyTheNewestTenRollingBackupsAreKept() {
        Path db = dir.resolve("isnad");
        HandClock clock = new HandClock(START);
        DatabaseBackups backups = DatabaseBackups.of(db, clock, 10);
        try (H2Store store = H2Store.open(db)) {
            for (int i = 0; i < 13; i++) {
                store.documents().add(Samples.document("خبر " + i, "نص الخبر رقم " + i, Samples.T0));
                backups.take(store);
                clock.advance(Duration.ofHours(1));
            }
        }
        List<Backup> left = backups.list();
        assertEquals(10, left.size());
        assertEquals("isnad-20240924-200000-000.zip", left.get(0).name(), "newest first");
        assertEquals("isnad-20240924-110000-000.zip", left.get(9).name());
        assertTrue(left.stream().allMatch(b -> b.bytes() > 0));
    }

    @Test
    void restoreIsRefusedWhileTheDatabaseIsOpenHereOrInAnotherProgram() throws Exception {
        Path db = dir.resolve("isnad");
        DatabaseBackups backups = DatabaseBackups.of(db);
        Backup taken;
        try (H2Store store = H2Store.open(db)) {
            taken = backups.take(store);
            StorageException here = assertThrows(StorageException.class, () -> backups.restore(taken.name()));
            assertEquals(StorageErrors.ALREADY_OPEN, here.message().key(), here.getMessage());
        }
        Process other = ChildJvm.start("hold", db);
        try {
            BufferedReader out = ChildJvm.output(other);
            assertEquals("HOLDING", out.readLine());
            var before = Files.readAllBytes(dir.resolve("isnad.mv.db"));
            StorageException there = assertThrows(StorageException.class, () -> backups.restore(taken.name()));
            assertEquals(StorageErrors.ALREADY_OPEN, there.message().key(), there.getMessage());
            assertEquals(2, backups.list().size(), "the child's backup and ours; no safety copy for a refused restore");
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dir.resolve("isnad.mv.db"))));
        } finally {
            other.getOutputStream().close();
            other.destroyForcibly();
            other.waitFor(30, TimeUnit.SECONDS);
        }
        backups.restore(taken.name());
    }

    @Test
    void aDamagedOrUnknownBackupIsRefusedAndTheDatabaseIsUnchanged() throws Exception {
        Path db = dir.resolve("isnad");
        DatabaseBackups backups = DatabaseBackups.of(db);
        try (H2Store store = H2Store.open(db)) {
            store.documents().add(Samples.document("الأول", Kimmitt.SENTENCE, Samples.T0));
            backups.take(store);
        }
        var before = RawDatabase.dump(db);
        Files.write(backups.folder().resolve("isnad-20200101-000000-000.zip"), "not a zip at all".getBytes());
        StorageException damaged = assertThrows(StorageException.class, () -> backups.restore("isnad-20200101-000000-000.zip"));
        assertTrue(damaged.getMessage().contains("The database was not changed"), damaged.getMessage());
        StorageException unknown = assertThrows(StorageException.class, () -> backups.restore("../../etc/passwd"));
        assertTrue(unknown.getMessage().contains("There is no backup named"), unknown.getMessage());
        assertEquals(before, RawDatabase.dump(db));
    }
}
