package org.isnad.service;

import java.nio.file.Path;

/**
 * Export and import of annotation work in the interchange formats, for the window and the CLI.
 * Implemented in the bundle package and handed over by the composition root (see
 * {@link InterchangeFactory}). Every call may take a while: run it off the UI thread; it reports
 * through {@link Progress} and stops with {@link CancelledException} when cancelled.
 */
public interface Interchange {
    /**
     * Writes the requested documents with all their annotation sets. The output appears only once
     * it is complete; cancelled or failed, nothing is left behind.
     *
     * @throws InterchangeException when the output cannot be written or a document id is unknown
     */
    ExportReport export(ExportRequest request, Progress progress);

    /**
     * Imports a file all or nothing: everything is checked first, then written in one
     * transaction; on any refusal or cancellation the database is exactly as before.
     *
     * @throws InterchangeException with a message naming the entry (or line) and the reason
     */
    ImportReport importFile(ImportRequest request, Progress progress);

    /**
     * Checks a native bundle without importing it: every hash, and the signature of every sign-off
     * in force, which must be valid for exactly the annotations and verdicts carried and made by a
     * key that {@code trustedKey} accepts (a base64 public key).
     */
    VerifyReport verify(Path bundle, java.util.function.Predicate<String> trustedKey);

    /** Checks hashes and signatures, trusting no key: any sign-off is then reported as by an unknown key. */
    default VerifyReport verify(Path bundle) {
        return verify(bundle, key -> false);
    }

    /**
     * Reads and checks a native bundle without importing it, for a preview: its documents, sets and
     * sign-offs, each sign-off checked against {@code trustedKey}. A bundle that would be refused is
     * described with the reason in {@link BundlePreview#refusal()}, not thrown.
     */
    BundlePreview preview(Path bundle, java.util.function.Predicate<String> trustedKey);

    /**
     * Writes one schema.org ClaimReview (JSON-LD) per rated claim record; records without a rating, or whose
     * rating no longer matches its signature, are left out and reported with the reason.
     *
     * @throws InterchangeException when the file cannot be written
     */
    ClaimReviewReport exportClaimReviews(ClaimReviewRequest request);
}
