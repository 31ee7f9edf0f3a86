package org.isnad.ui.review;

import org.isnad.domain.AnnotationSetInfo;
import org.isnad.service.ReviewerKey;
import org.isnad.service.SignOffCheck;
import org.isnad.service.SignatureStatus;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/**
 * What the sign-off badge on the document says: whose annotations, signed by whom and when, and
 * whether the signature is valid (green), invalid because the annotations changed since (red), or
 * valid but by a key the user does not trust (amber).
 */
public record SignOffBadge(SignatureStatus status, String text, String details) {

    public static SignOffBadge of(UiText ui, AnnotationSetInfo set, SignOffCheck check) {
        String when = VerdictWords.when(ui, check.signOff().signedAt());
        String text = ui.format("badge." + check.status().key(), set.annotator(), check.signOff().reviewer(), when);
        String fingerprint = ReviewerKey.fingerprint(check.signOff().publicKey());
        String details = ui.format("badge.details", check.message(),
                fingerprint.length() > 16 ? fingerprint.substring(0, 16) : fingerprint);
        return new SignOffBadge(check.status(), text, details);
    }

    /** {@code signoff-valid}, {@code signoff-invalid} or {@code signoff-unknown-key}: green, red, amber. */
    public String styleClass() {
        return StyleClasses.SIGNOFF_PREFIX + status.key().replace('_', '-');
    }
}
