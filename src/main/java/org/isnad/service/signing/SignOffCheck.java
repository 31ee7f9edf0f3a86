package org.isnad.service.signing;

import org.isnad.domain.SignOff;

/** A sign-off and what checking it found, with a sentence saying why. */
public record SignOffCheck(SignOff signOff, SignatureStatus status, String message) {
    public boolean valid() {
        return status == SignatureStatus.VALID;
    }
}
