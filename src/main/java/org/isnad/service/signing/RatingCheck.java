package org.isnad.service.signing;

/** What checking a claim rating's signature found, with a sentence saying why. */
public record RatingCheck(SignatureStatus status, String message) {
}
