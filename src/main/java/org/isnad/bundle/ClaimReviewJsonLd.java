package org.isnad.bundle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import org.isnad.domain.ActorKind;
import org.isnad.domain.ClaimAppearance;
import org.isnad.domain.ClaimRating;
import org.isnad.service.ClaimReviewBatch;
import org.isnad.service.ClaimReviewEntry;
import org.isnad.service.ClaimReviewSettings;

/**
 * schema.org ClaimReview as JSON-LD (release 30.0, with Google's fact-check fields): one ClaimReview per
 * rated record, in an array; Arabic is written as UTF-8 text. Fields left empty are left out, not null.
 */
final class ClaimReviewJsonLd {
    private ClaimReviewJsonLd() {
    }

    static byte[] write(ClaimReviewBatch batch) {
        ArrayNode reviews = BundleJson.array();
        for (ClaimReviewEntry entry : batch.entries()) {
            reviews.add(review(batch.settings(), entry));
        }
        return BundleJson.bytes(reviews);
    }

    static ObjectNode review(ClaimReviewSettings settings, ClaimReviewEntry entry) {
        ClaimRating rating = entry.rating();
        ObjectNode o = BundleJson.object();
        o.put("@context", "https://schema.org");
        o.put("@type", "ClaimReview");
        o.put("url", settings.reviewUrl(entry.record().id()));
        o.put("claimReviewed", entry.record().statement());
        o.put("inLanguage", "ar");
        o.put("datePublished", rating.ratedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        ObjectNode author = o.putObject("author");
        author.put("@type", "Organization");
        author.put("name", settings.organisation());
        if (settings.organisationUrl() != null) {
            author.put("url", settings.organisationUrl());
        }
        if (rating.explanation() != null) {
            o.put("reviewBody", rating.explanation());
        }
        ObjectNode r = o.putObject("reviewRating");
        r.put("@type", "Rating");
        r.put("ratingValue", rating.value());
        r.put("bestRating", rating.best());
        r.put("worstRating", rating.worst());
        r.put("alternateName", rating.label());
        o.set("itemReviewed", claim(entry));
        return o;
    }

    private static ObjectNode claim(ClaimReviewEntry entry) {
        ObjectNode claim = BundleJson.object();
        claim.put("@type", "Claim");
        ClaimAppearance by = entry.authorAppearance();
        if (by != null) {
            ObjectNode author = claim.putObject("author");
            author.put("@type", by.claimantKind() == ActorKind.PERSON || by.claimantKind() == ActorKind.ANONYMOUS_SOURCE
                    ? "Person" : "Organization");
            author.put("name", by.claimantName());
            if (by.claimantWikidata() != null) {
                author.put("sameAs", "https://www.wikidata.org/wiki/" + by.claimantWikidata());
            }
        }
        if (!entry.appearances().isEmpty()) {
            ClaimAppearance first = entry.appearances().get(0);
            claim.put("datePublished", first.date().toString());
            ArrayNode list = claim.putArray("appearance");
            entry.appearances().forEach(a -> list.add(work(a)));
            claim.set("firstAppearance", work(first));
        }
        return claim;
    }

    private static ObjectNode work(ClaimAppearance a) {
        ObjectNode w = BundleJson.object();
        w.put("@type", "CreativeWork");
        if (a.url() != null) {
            w.put("url", a.url());
        }
        w.put("headline", a.title());
        w.put("datePublished", a.date().toString());
        if (a.outlet() != null) {
            ObjectNode publisher = w.putObject("publisher");
            publisher.put("@type", "Organization");
            publisher.put("name", a.outlet());
        }
        return w;
    }
}
