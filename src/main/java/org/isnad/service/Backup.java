package org.isnad.service;

import java.time.Instant;

/**
 * One backup of the database: {@code name} is its file name in the backups folder (what
 * {@code isnad restore NAME} takes), {@code takenAt} when it was made, {@code bytes} its size.
 */
public record Backup(String name, Instant takenAt, long bytes) {
}
