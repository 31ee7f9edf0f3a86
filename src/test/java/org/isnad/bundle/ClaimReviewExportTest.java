package org.isnad.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.isnad.domain.ClaimRating;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.DomainException;
import org.isnad.domain.Stance;
import org.isnad.service.ClaimRatings;
import org.isnad.service.ClaimRecords;
import org.isnad.service.ClaimReviewReport;
import org.isnad.service.ClaimReviewRequest;
import org.isnad.service.ClaimReviewSettings;
import org.isnad.service.ClaimReviews;
import org.isnad.store.H2Store;
import org.isnad.testing.ClaimArticles;
import org.isnad.testing.HandClock;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClaimReviewExportTest {
    @RegisterExtension
    final TempStores stores = new TempStores();
    private final HandClock clock = HandClock.ticking(Instant.parse("2026-12-07T10:00:00Z"), Duration.ofSeconds(1));
    private final H2Store store = stores.open();
    private final ClaimArticles articles = new ClaimArticles(store, "salma", clock);
    private final ClaimRecords records = new ClaimRecords(store, clock);
    private final ClaimRatings ratings = new ClaimRatings(store, records, stores.keys(), clock);
    private final BundleInterchange interchange = new BundleInterchange(() -> store, clock);

    @Test
    void everyFieldWithSchemaOrgTypesAndTheUnratedLeftOut() throws Exception {
        new ClaimReviews(store).configure(new ClaimReviewSettings("مرصد التحقق", "https://fact.example.org",
                "https://fact.example.org/claims"));
        ClaimRecord rated = records.create(ClaimArticles.STATEMENT, "The US withdrawal will not leave a security vacuum in Iraq", "huda");
        records.attach(articles.kimmittClaim.spanId(), rated.id(), Stance.ASSERTS, "huda");
        records.attach(articles.amiriClaim.spanId(), rated.id(), Stance.DENIES, "huda");
        records.attach(articles.kimmittLaterClaim.spanId(), rated.id(), Stance.DENIES, "huda");
        ratings.rate(rated.id(), 2, 5, 1, "Mostly false", "تراجع المتحدث نفسه عن تصريحه بعد أشهر",
                List.of("https://www.alhurra.com/iraq/2021/07/20/coalition"), "nadia");
        ClaimRecord unrated = records.create("القوات العراقية قادرة على حماية البلاد", null, "huda");
        ClaimRecord tampered = records.create("الانسحاب سيتم قبل نهاية العام", null, "huda");
        ClaimRating r = ratings.rate(tampered.id(), 5, 5, 1, "صحيح", null, List.of(), "nadia");
        store.claims().putRating(new ClaimRating(r.claimId(), 1, 5, 1, "زائف", "False", null, List.of(), r.reviewer(),
                r.ratedAt(), r.publicKey(), r.signature()));

        Path out = stores.dir().resolve("reviews.jsonld");
        ClaimReviewReport report = interchange.exportClaimReviews(new ClaimReviewRequest(List.of(), out));
        assertEquals(1, report.reviews());
        assertEquals(2, report.leftOut().size());
        assertEquals(ClaimReviews.NOT_RATED, report.leftOut().stream().filter(l -> l.claimId().equals(unrated.id())).findFirst().orElseThrow().reason());
        assertEquals(ClaimReviews.SIGNATURE_INVALID, report.leftOut().stream().filter(l -> l.claimId().equals(tampered.id())).findFirst().orElseThrow().reason());
        assertEquals(List.of(), report.withoutUrl(), "every article of this record has its URL");

        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"claimReviewed\" : \"" + ClaimArticles.STATEMENT + "\""), "Arabic as text, not escapes: " + text);
        assertFalse(text.contains("\\u"), text);
        JsonNode review = new ObjectMapper().readTree(text).get(0);
        ClaimReviewRules.check(review);
        assertEquals("https://fact.example.org/claims/" + rated.id(), review.get("url").asText());
        assertEquals("مرصد التحقق", review.at("/author/name").asText());
        assertEquals("2026-12-07", review.get("datePublished").asText());
        assertEquals("تراجع المتحدث نفسه عن تصريحه بعد أشهر", review.get("reviewBody").asText());
        assertEquals(2, review.at("/reviewRating/ratingValue").asInt());
        assertEquals("غير صحيح في معظمه", review.at("/reviewRating/alternateName").asText());
        JsonNode claim = review.get("itemReviewed");
        assertEquals("Person", claim.at("/author/@type").asText());
        assertEquals("مارك كيميت", claim.at("/author/name").asText());
        assertEquals("https://www.wikidata.org/wiki/Q1338366", claim.at("/author/sameAs").asText());
        assertEquals("2021-07-20", claim.get("datePublished").asText());
        assertEquals(3, claim.get("appearance").size());
        assertEquals("https://www.aljazeera.net/news/2021/8/2/amiri", claim.at("/appearance/1/url").asText());
        assertEquals("الجزيرة", claim.at("/appearance/1/publisher/name").asText());
        assertEquals("العامري يحذر من فراغ أمني بعد الانسحاب", claim.at("/appearance/1/headline").asText());
        assertEquals("https://www.alhurra.com/iraq/2021/07/20/coalition", claim.at("/firstAppearance/url").asText());

        String checked = ClaimReviewRules.runChecker(out);
        if (checked != null) {
            assertTrue(checked.startsWith("claimreview: 1 reviews, 0 errors"), checked);
        }
        Path kept = Path.of("target", "claimreview", "claim-review-export.jsonld");
        Files.createDirectories(kept.getParent());
        Files.copy(out, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void appearancesWhoseArticleHasNoUrlAreReported() throws Exception {
        new ClaimReviews(store).configure(new ClaimReviewSettings("مرصد التحقق", null, "https://fact.example.org/claims"));
        String amiriArticle = articles.amiriClaim.documentId();
        org.isnad.service.DocumentMetadata before = org.isnad.service.DocumentMetadata.of(
                store.documents().find(amiriArticle).orElseThrow(), store.catalog().tags(amiriArticle));
        store.catalog().updateMetadata(amiriArticle, new org.isnad.service.DocumentMetadata(before.title(), before.outlet(), null,
                before.publishedDate(), before.language(), before.tags()));
        ClaimRecord record = records.create(ClaimArticles.STATEMENT, null, "huda");
        records.attach(articles.kimmittClaim.spanId(), record.id(), Stance.ASSERTS, "huda");
        records.attach(articles.amiriClaim.spanId(), record.id(), Stance.DENIES, "huda");
        ratings.rate(record.id(), 2, 5, 1, "Mostly false", null, List.of(), "nadia");

        Path out = stores.dir().resolve("no-url.jsonld");
        ClaimReviewReport report = interchange.exportClaimReviews(new ClaimReviewRequest(List.of(), out));
        assertEquals(1, report.reviews());
        assertEquals(List.of(new ClaimReviewReport.WithoutUrl(record.id(), amiriArticle, "العامري يحذر من فراغ أمني بعد الانسحاب")),
                report.withoutUrl());
        JsonNode appearances = new ObjectMapper().readTree(out.toFile()).get(0).at("/itemReviewed/appearance");
        assertEquals(2, appearances.size());
        assertFalse(appearances.get(1).has("url"), appearances.toString());
    }

    @Test
    void chosenRecordsOnlyAndAnUnconfiguredExportIsRefused() throws Exception {
        ClaimRecord record = records.create(ClaimArticles.STATEMENT, null, "huda");
        ratings.rate(record.id(), 5, 5, 1, "True", null, List.of(), "nadia");
        Path out = stores.dir().resolve("one.jsonld");
        DomainException e = assertThrows(DomainException.class,
                () -> interchange.exportClaimReviews(new ClaimReviewRequest(List.of(record.id()), out)));
        assertTrue(e.getMessage().contains("claims config"), e.getMessage());
        assertFalse(Files.exists(out));
        new ClaimReviews(store).configure(new ClaimReviewSettings("Fact Desk", null, "https://fact.example.org/r/"));
        records.create("القوات العراقية قادرة على حماية البلاد", null, "huda");
        ClaimReviewReport report = interchange.exportClaimReviews(new ClaimReviewRequest(List.of(record.id()), out));
        assertEquals(1, report.reviews());
        assertTrue(report.leftOut().isEmpty());
        JsonNode review = new ObjectMapper().readTree(out.toFile()).get(0);
        ClaimReviewRules.check(review);
        assertEquals("https://fact.example.org/r/" + record.id(), review.get("url").asText());
        assertFalse(review.get("itemReviewed").has("appearance"));
        String checked = ClaimReviewRules.runChecker(out);
        if (checked != null) {
            assertTrue(checked.contains(" 0 errors"), checked);
        }
    }

    @Test
    void theCsvExportNamesEachClaimsRecord() throws Exception {
        ClaimRecord record = records.create(ClaimArticles.STATEMENT, null, "huda");
        records.attach(articles.amiriClaim.spanId(), record.id(), Stance.DENIES, "huda");
        Path out = stores.dir().resolve("table.csv");
        interchange.export(new org.isnad.service.ExportRequest(List.of(articles.amiriClaim.documentId(), articles.kimmittClaim.documentId()),
                org.isnad.service.InterchangeFormat.CSV, out, false, "huda"), org.isnad.service.Progress.none());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).endsWith(",review_state,claim_record_ids,claim_records"), lines.get(0));
        assertTrue(lines.get(1).endsWith("," + record.id() + "," + ClaimArticles.STATEMENT), lines.get(1));
        assertTrue(lines.get(2).endsWith(",,"), "a claim with no record: " + lines.get(2));
    }
}
