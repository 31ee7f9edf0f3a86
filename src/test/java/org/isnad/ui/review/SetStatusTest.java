package org.isnad.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import org.isnad.domain.SetState;
import org.isnad.service.ReviewService;
import org.isnad.service.ReviewSession;
import org.isnad.service.SignatureStatus;
import org.isnad.store.FileSigningKeys;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The status line, banner and badge of a document, and the analyst's steps, against a real database and key files. */
class SetStatusTest {
    @RegisterExtension
    final TempStores stores = new TempStores();
    final ReviewFixture f = new ReviewFixture(stores);
    SetStatus layla;

    @BeforeEach
    void setUp() {
        layla = new SetStatus(f.service, ReviewFixture.ANALYST, f.text, f.message);
        layla.show(f.documentId, null);
    }

    void reviewAndApproveAll() {
        ReviewSession omar = f.service.review(f.setId, ReviewFixture.REVIEWER);
        omar.annotations().forEach(s -> omar.accept(s.id(), null));
        f.service.approve(f.setId, ReviewFixture.REVIEWER, false);
    }

    @Test
    void anInProgressSetHasNoBannerAndNoBadge() {
        assertEquals("Your annotations: in progress", layla.stateTextProperty().get());
        assertEquals("", layla.bannerTextProperty().get());
        assertNull(layla.badgeProperty().get());
    }

    @Test
    void submittingMakesTheSetReadOnlyAndSaysSo() {
        assertFalse(layla.resume(), "nothing to resume");
        assertTrue(f.message.get().contains("only a set that is changes requested can be resumed"), f.message.get());
        assertTrue(layla.submit());
        assertEquals(SetState.SUBMITTED, f.service.set(f.setId).state());
        assertEquals("Your annotations: submitted", layla.stateTextProperty().get());
        assertTrue(layla.bannerTextProperty().get().startsWith("Submitted for review: read-only"));
        assertEquals("The annotations of layla are now submitted.", f.message.get());
    }

    @Test
    void theBannerCarriesTheReviewersRequestAndResumeEditsAgain() {
        layla.submit();
        f.service.requestChanges(f.setId, ReviewFixture.REVIEWER, "the claim needs its claimant");
        layla.refresh();
        assertEquals("omar requested changes: «the claim needs its claimant». Choose Review → Resume editing to change your annotations.",
                layla.bannerTextProperty().get());
        assertTrue(layla.resume());
        assertEquals(SetState.IN_PROGRESS, f.service.set(f.setId).state());
        assertEquals("", layla.bannerTextProperty().get());
    }

    @Test
    void theBadgeIsValidThenInvalidOnceAnAnnotationChangesInTheStore() {
        layla.submit();
        reviewAndApproveAll();
        layla.refresh();
        assertTrue(layla.bannerTextProperty().get().startsWith("Approved: read-only; reopen to change"));
        SignOffBadge badge = layla.badgeProperty().get();
        assertEquals(SignatureStatus.VALID, badge.status());
        assertEquals("signoff-valid", badge.styleClass());
        assertTrue(badge.text().startsWith("Annotations of layla signed by omar on "), badge.text());
        assertTrue(badge.text().endsWith(": signature valid"), badge.text());

        f.store.annotations().updateSpan(f.setId, f.cue.withBounds(f.cue.start() + 1, f.cue.end()));
        layla.refresh();
        assertEquals(SignatureStatus.INVALID, layla.badgeProperty().get().status());
        assertEquals("signoff-invalid", layla.badgeProperty().get().styleClass());
        assertTrue(layla.badgeProperty().get().text().contains("INVALID"));
    }

    @Test
    void aKeyNotTrustedHereShowsAmberUntilItIsImported() throws Exception {
        layla.submit();
        reviewAndApproveAll();
        // layla's own computer: other key files, where omar's key is unknown
        FileSigningKeys laylasKeys = stores.keys("layla-keys");
        ReviewService hers = new ReviewService(f.store, laylasKeys, Clock.systemUTC());
        SetStatus status = new SetStatus(hers, ReviewFixture.ANALYST, f.text, f.message);
        status.show(f.documentId, null);
        assertEquals(SignatureStatus.UNKNOWN_KEY, status.badgeProperty().get().status());
        assertEquals("signoff-unknown-key", status.badgeProperty().get().styleClass());

        Path file = stores.dir().resolve("omar.pub");
        new ReviewerKeyFiles(f.keys, ReviewFixture.REVIEWER).export(file);
        ReviewerKeyFiles herFiles = new ReviewerKeyFiles(laylasKeys, ReviewFixture.ANALYST);
        herFiles.trust(herFiles.read(file));
        status.refresh();
        assertEquals(SignatureStatus.VALID, status.badgeProperty().get().status());
    }

    @Test
    void reopeningNeedsAReasonAndRetiresTheBadge() {
        layla.submit();
        reviewAndApproveAll();
        layla.refresh();
        assertFalse(layla.reopen(" "));
        assertTrue(f.message.get().contains("without a reason"), f.message.get());
        assertTrue(layla.reopen("a second claim was missed"));
        assertEquals(SetState.IN_PROGRESS, f.service.set(f.setId).state());
        assertNull(layla.badgeProperty().get(), "the superseded sign-off is no badge");
    }

    @Test
    void theReviewerSeesTheReviewedSetsStateAndItsBadge() {
        layla.submit();
        SetStatus omar = new SetStatus(f.service, ReviewFixture.REVIEWER, f.text, f.message);
        omar.show(f.documentId, f.setId);
        assertEquals("Reviewing the annotations of layla: submitted", omar.stateTextProperty().get());
        reviewAndApproveAll();
        omar.show(f.documentId, null);
        assertEquals("Your annotations: new", omar.stateTextProperty().get());
        assertEquals(SignatureStatus.VALID, omar.badgeProperty().get().status(), "the document's signed set");
    }
}
