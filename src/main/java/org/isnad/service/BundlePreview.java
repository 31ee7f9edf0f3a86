package org.isnad.service;

import org.isnad.service.signing.SignatureStatus;
import java.time.Instant;
import java.util.List;

/**
 * What a native bundle holds, read and checked but not imported: shown before an import from a
 * double-clicked {@code .isnad} file, so that the user sees what would be written and whether its
 * sign-offs verify. {@code refusal} is the reason the bundle cannot be imported (null when it can).
 */
public record BundlePreview(String file, List<DocumentPreview> documents, String refusal, ClaimsPreview claims) {
    public BundlePreview {
        documents = List.copyOf(documents);
        claims = claims == null ? ClaimsPreview.NONE : claims;
    }

    public BundlePreview(String file, List<DocumentPreview> documents, String refusal) {
        this(file, documents, refusal, ClaimsPreview.NONE);
    }

    /** How many documents come with an assignment (who analyses and curates them). */
    public long assignments() {
        return documents.stream().filter(d -> d.assignment() != null).count();
    }

    public boolean importable() {
        return refusal == null;
    }

    /**
     * One document of the bundle, with its annotation sets; {@code chars} in UTF-16 units; {@code assignment}
     * who works on it (null when the bundle carries none).
     */
    public record DocumentPreview(String title, String outlet, int chars, List<SetPreview> sets, AssignmentPreview assignment) {
        public DocumentPreview {
            sets = List.copyOf(sets);
        }

        public DocumentPreview(String title, String outlet, int chars, List<SetPreview> sets) {
            this(title, outlet, chars, sets, null);
        }
    }

    /** A document's analysts (in their order) and its curator (null when none). */
    public record AssignmentPreview(List<String> analysts, String curator) {
        public AssignmentPreview {
            analysts = List.copyOf(analysts);
        }
    }

    /** The claim records of the bundle: how many, how many claim spans linked to them, and their ratings. */
    public record ClaimsPreview(int records, int stances, List<RatingPreview> ratings) {
        public static final ClaimsPreview NONE = new ClaimsPreview(0, 0, List.of());

        public ClaimsPreview {
            ratings = List.copyOf(ratings);
        }
    }

    /** A rating in the bundle: the record's statement, the label, who rated it when, and whether its signature verifies here. */
    public record RatingPreview(String statement, String label, String reviewer, Instant ratedAt, SignatureStatus status) {
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
