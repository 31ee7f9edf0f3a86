package org.isnad.bundle;

import org.isnad.service.InterchangeException;

/** A bundle (or brat / W3C file) was refused; names the entry or line and the reason. Nothing was imported. */
public final class BundleRefusal extends InterchangeException {
    private final String entry;
    private final String reason;

    public BundleRefusal(String entry, String reason) {
        super(entry + ": " + reason);
        this.entry = entry;
        this.reason = reason;
    }

    /** The zip entry, or file and line, that was wrong. */
    public String entry() {
        return entry;
    }

    public String reason() {
        return reason;
    }
}
