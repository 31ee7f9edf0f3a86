package org.isnad.service;

/** The user cancelled an import or export; nothing was written. */
public class CancelledException extends RuntimeException {
    public CancelledException() {
        super("Cancelled; nothing was written");
    }
}
