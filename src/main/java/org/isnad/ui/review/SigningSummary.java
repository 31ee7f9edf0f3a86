package org.isnad.ui.review;

import org.isnad.domain.ReviewProgress;

/**
 * What an approval will sign, shown to the reviewer before the signature is made: the document, the
 * set (whose annotations, its id), the counts of annotations and verdicts, who signs and with which key.
 */
public record SigningSummary(String documentTitle, String documentId, String annotator, String setId,
                             ReviewProgress progress, int links, String reviewer, String keyFingerprint) {

    /** The fingerprint in groups of four hex digits, as key fingerprints are read aloud and compared. */
    public String groupedFingerprint() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < keyFingerprint.length(); i += 4) {
            if (i > 0) {
                sb.append(i == 32 ? "\n" : " ");
            }
            sb.append(keyFingerprint, i, Math.min(keyFingerprint.length(), i + 4));
        }
        return sb.toString();
    }
}
