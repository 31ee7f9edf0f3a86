package org.isnad.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.isnad.service.StorageException;
import org.isnad.store.DatabaseBackups;
import org.isnad.store.H2Store;

/**
 * The window's rolling backups (docs/adr/0006-backups.md): one a few seconds after the database is
 * open (so that it does not compete with the window's first screen for the processor), then one every hour while the window stays open, on a background thread; a failed backup is
 * reported on stderr and tried again at the next hour, it never stops the work.
 */
final class BackupSchedule implements AutoCloseable {
    static final Duration EVERY = Duration.ofHours(1);
    static final Duration FIRST = Duration.ofSeconds(5);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "isnad-backups");
        t.setDaemon(true);
        return t;
    });

    BackupSchedule(H2Store store, DatabaseBackups backups) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                backups.take(store);
            } catch (StorageException | IllegalArgumentException e) {
                System.err.println("isnad: the backup failed: " + e.getMessage());
            }
        }, FIRST.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the schedule, waiting for a backup in progress to finish. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
