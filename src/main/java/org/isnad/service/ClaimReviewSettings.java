package org.isnad.service;

import org.isnad.domain.ClaimRating;
import org.isnad.domain.DomainException;
import org.isnad.message.Message;

/**
 * What a ClaimReview says about its publisher, configured once per database: the organisation's name and
 * web address, and the base address a record's id is appended to for the review's {@code url}.
 */
public record ClaimReviewSettings(String organisation, String organisationUrl, String baseUrl) {
    static final String ORGANISATION = "claimreview.organisation";
    static final String ORGANISATION_URL = "claimreview.organisation-url";
    static final String BASE_URL = "claimreview.base-url";

    public ClaimReviewSettings {
        if (organisation == null || organisation.isBlank()) {
            throw new DomainException(Message.of("claims.settings.organisation"));
        }
        organisation = organisation.strip();
        if (organisationUrl != null && !organisationUrl.isBlank()) {
            ClaimRating.requireWebAddress(organisationUrl.strip());
            organisationUrl = organisationUrl.strip();
        } else {
            organisationUrl = null;
        }
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new DomainException(Message.of("claims.settings.base"));
        }
        ClaimRating.requireWebAddress(baseUrl.strip());
        baseUrl = baseUrl.strip();
    }

    /** The review's address: the base, a slash if it has none, and the record's id. */
    public String reviewUrl(String claimId) {
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + claimId;
    }
}
