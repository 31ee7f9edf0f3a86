package org.isnad.service.signing;

/** What checking a sign-off found. */
public enum SignatureStatus {
    /** The signature holds, the content is what was signed, and the key is one the user trusts. */
    VALID,
    /** The annotations (or the sign-off record) changed since they were signed. */
    INVALID,
    /** The signature holds, but the key is not among the user's trusted keys. */
    UNKNOWN_KEY;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
