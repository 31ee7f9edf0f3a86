package org.isnad.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.ClaimRating;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.DomainException;
import org.isnad.domain.RatingLevel;
import org.isnad.domain.RatingScale;
import org.isnad.service.signing.SignatureStatus;
import org.isnad.store.FileSigningKeys;
import org.isnad.store.H2Store;
import org.isnad.testing.ClaimArticles;
import org.isnad.testing.HandClock;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClaimRatingsTest {
    @RegisterExtension
    final TempStores stores = new TempStores();
    private final HandClock clock = HandClock.ticking(Instant.parse("2026-12-07T10:00:00Z"), Duration.ofSeconds(1));
    private final H2Store store = stores.open();
    private final FileSigningKeys keys = stores.keys();
    private final ClaimRecords records = new ClaimRecords(store, clock);
    private final ClaimRatings ratings = new ClaimRatings(store, records, keys, clock);
    private final ClaimRecord record = records.create(ClaimArticles.STATEMENT, null, "huda");

    @Test
    void aRatingIsSignedAuditedAndValid() {
        ClaimRating rating = ratings.rate(record.id(), 1, 5, 1, "False", "تصريحات لاحقة للمتحدث نفسه تناقض الادعاء",
                List.of("https://www.alhurra.com/iraq/2021/07/20/coalition"), "nadia");
        assertEquals("زائف", rating.label());
        assertEquals("False", rating.labelEnglish());
        assertEquals(SignatureStatus.VALID, ratings.check(record.id()).orElseThrow().status());
        assertEquals(rating, ratings.rating(record.id()).orElseThrow());
        AuditEvent last = store.audit().corpusEvents().get(store.audit().corpusEvents().size() - 1);
        assertEquals("nadia", last.user());
        assertTrue(last.after().contains("«زائف»"), last.after());
        assertTrue(records.list().get(0).rated());
    }

    @Test
    void aChangedRatingInvalidatesItsSignature() {
        ClaimRating rating = ratings.rate(record.id(), 1, 5, 1, "زائف", "تناقضه تصريحات لاحقة", List.of(), "nadia");
        // the stored rating changed behind the signature: value 1 → 5, signature kept
        ClaimRating altered = new ClaimRating(rating.claimId(), 5, 5, 1, "صحيح", "True", rating.explanation(),
                rating.evidence(), rating.reviewer(), rating.ratedAt(), rating.publicKey(), rating.signature());
        store.claims().putRating(altered);
        assertEquals(SignatureStatus.INVALID, ratings.check(record.id()).orElseThrow().status());

        // so does an edit of the statement it rates
        ratings.rate(record.id(), 1, 5, 1, "زائف", null, List.of(), "nadia");
        assertEquals(SignatureStatus.VALID, ratings.check(record.id()).orElseThrow().status());
        records.edit(record.id(), "انسحاب القوات الأميركية سيترك فراغاً أمنياً", null, "huda");
        assertEquals(SignatureStatus.INVALID, ratings.check(record.id()).orElseThrow().status());
    }

    @Test
    void anotherComputerSeesAnUnknownKey() {
        ratings.rate(record.id(), 4, 5, 1, "صحيح في معظمه", null, List.of(), "nadia");
        ClaimRatings elsewhere = new ClaimRatings(store, records, stores.keys("other"), clock);
        assertEquals(SignatureStatus.UNKNOWN_KEY, elsewhere.check(record.id()).orElseThrow().status());
    }

    @Test
    void undoTakesTheRatingBackAndBadRatingsAreRefused() {
        ratings.rate(record.id(), 3, 5, 1, "مضلل", null, List.of(), "nadia");
        records.undo("nadia");
        assertTrue(ratings.rating(record.id()).isEmpty());
        assertThrows(DomainException.class, () -> ratings.rate(record.id(), 7, 5, 1, "زائف", null, List.of(), "nadia"));
        assertThrows(DomainException.class, () -> ratings.rate(record.id(), 1, 5, 1, "زائف", null, List.of("ftp://x"), "nadia"));
        assertThrows(DomainException.class, () -> ratings.rate(record.id(), 1, 5, 1, " ", null, List.of(), "nadia"));
        assertTrue(ratings.rating(record.id()).isEmpty());
    }

    @Test
    void theOrganisationConfiguresItsScale() {
        ratings.configureScale(new RatingScale(List.of(new RatingLevel(3, "صحيح", "True"),
                new RatingLevel(2, "نصف صحيح", "Half true"), new RatingLevel(1, "كاذب", "False"))));
        assertEquals(3, ratings.scale().best());
        assertEquals(1, ratings.scale().worst());
        ClaimRating rating = ratings.rate(record.id(), ratings.scale().named("Half true").orElseThrow(), null, List.of(), "nadia");
        assertEquals(2, rating.value());
        assertEquals("نصف صحيح", rating.label());
        assertEquals(1, rating.worst());
        assertThrows(DomainException.class, () -> ratings.rate(record.id(), 0, 3, 0, "كاذب", null, List.of(), "nadia"));
    }
}
