package org.isnad.ui.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isnad.service.ReviewerKey;
import org.isnad.service.SigningKeys;

/**
 * Review → Export my public key / Import a reviewer's key, without the file choosers: the user's
 * public key written as a small text file, and a reviewer's key file read and checked before the
 * user is asked whether to trust it.
 */
public final class ReviewerKeyFiles {
    public static final String EXTENSION = "pub";
    private final SigningKeys keys;
    private final String user;

    public ReviewerKeyFiles(SigningKeys keys, String user) {
        this.keys = keys;
        this.user = user;
    }

    /** Writes the user's public key (making their key pair if they have none yet). */
    public ReviewerKey export(Path file) throws IOException {
        ReviewerKey key = keys.exportPublicKey(user);
        Files.write(file, key.toBytes());
        return key;
    }

    /** A name for the exported file: the user's name, without characters file systems refuse. */
    public String suggestedFileName() {
        return user.replaceAll("[\\\\/:*?\"<>|\\s]+", "-") + "." + EXTENSION;
    }

    /** Reads a key file; refuses what is not one (too large, wrong header, damaged fingerprint). */
    public ReviewerKey read(Path file) throws IOException {
        if (Files.size(file) > ReviewerKey.MAX_FILE_BYTES) {
            throw new TooLarge(file);
        }
        return ReviewerKey.parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    public boolean isTrusted(ReviewerKey key) {
        return keys.isTrusted(key.publicKey());
    }

    public void trust(ReviewerKey key) {
        keys.trust(key);
    }

    /** A file too large to be a public key file, refused before it is read; the window says so in its own words. */
    public static final class TooLarge extends IOException {
        TooLarge(Path file) {
            super(file.getFileName() + " is too large to be a public key file");
        }
    }
}
