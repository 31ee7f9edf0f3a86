package org.isnad.service;

/** Takes a backup of the open database now; destructive actions call it first. */
@FunctionalInterface
public interface BackupTaker {
    Backup take();
}
