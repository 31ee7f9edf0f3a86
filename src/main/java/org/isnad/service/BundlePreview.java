package org.isnad.service;

import org.isnad.service.signing.SignatureStatus;
import java.time.Instant;
import java.util.List;

/**
 * What a native bundle holds, read and checked but not imported: shown before an import from a
 * double-clicked {@code .isnad} file, so that the user sees what would be written and whether its
 * sign-offs verify. {@code refusal} is the reason the bundle cannot be imported (null when it can).
 */
public record BundlePreview(String file, List<DocumentPreview> documents, String refusal) {
    public BundlePreview {
        documents = List.copyOf(documents);
    }

    public boolean importable() {
        return refusal == null;
    }

    /** One document of the bundle, with its annotation sets; {@code chars} in UTF-16 units. */
    public record DocumentPreview(String title, String outlet, int chars, List<SetPreview> sets) {
        public DocumentPreview {
            sets = List.copyOf(sets);
        }
    }

    /** One annotation set: whose, in which review state, how many annotations and links, its sign-offs. */
    public record SetPreview(String annotator, String state, int annotations, int links, List<SignOffPreview> signOffs) {
        public SetPreview {
            signOffs = List.copyOf(signOffs);
        }
    }

    /** A sign-off and what checking its signature found here (against the user's trusted keys). */
    public record SignOffPreview(String reviewer, Instant signedAt, boolean superseded, SignatureStatus status) {
    }
}
