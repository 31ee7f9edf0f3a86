package org.isnad.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelRecordsTest {
    static final String SHA = "a".repeat(64);

    @Test
    void documentNeedsTextTitleAndAValidHash() {
        assertThrows(DomainException.class, () -> new Document("d", "t", null, null, null, "ar", null, SHA, Instant.EPOCH));
        assertThrows(DomainException.class, () -> new Document("d", " ", null, null, null, "ar", "نص", SHA, Instant.EPOCH));
        DomainException e = assertThrows(DomainException.class,
                () -> new Document("d", "t", null, null, null, "ar", "نص", "ABC", Instant.EPOCH));
        assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
        Document d = new Document("d", "عنوان", null, null, null, null, "نص", SHA, Instant.EPOCH);
        assertEquals("ar", d.language());
    }

    @Test
    void documentChecksRanges() {
        Document d = new Document("d", "عنوان", null, null, null, "ar", "قال", SHA, Instant.EPOCH);
        d.requireRange(0, 3);
        assertThrows(DomainException.class, () -> d.requireRange(0, 4));
        assertThrows(DomainException.class, () -> d.requireRange(2, 2));
    }

    @Test
    void actorNeedsNameAndKindAndAWellFormedWikidataId() {
        assertThrows(DomainException.class, () -> Actor.create(" ", ActorKind.PERSON, null));
        assertThrows(DomainException.class, () -> Actor.create("مارك كيميت", null, null));
        DomainException e = assertThrows(DomainException.class,
                () -> new Actor("a", "مارك كيميت", "Mark Kimmitt", List.of(), ActorKind.PERSON, null, "42"));
        assertTrue(e.getMessage().contains("Q42"), e.getMessage());
        assertThrows(DomainException.class,
                () -> new Actor("a", "مارك كيميت", null, List.of(" "), ActorKind.PERSON, null, null));
        Actor a = new Actor("a", " مارك كيميت ", " ", null, ActorKind.PERSON, "", "Q42");
        assertEquals("مارك كيميت", a.canonicalName());
        assertNull(a.latinName());
        assertNull(a.role());
        assertEquals(List.of(), a.aliases());
    }

    @Test
    void checkWorthinessIsFromOneToFive() {
        ClaimDetails ok = new ClaimDetails("نص", null, Polarity.DENIES, Commitment.PROBABLE, ClaimType.PREDICTION, 5, null, null);
        assertEquals(5, ok.checkWorthiness());
        assertThrows(DomainException.class,
                () -> new ClaimDetails(null, null, null, null, null, 0, null, null));
        assertThrows(DomainException.class,
                () -> new ClaimDetails(null, null, null, null, null, 6, null, null));
        assertEquals(Polarity.AFFIRMS, new ClaimDetails(null, null, null, null, null, null, null, null).polarity());
    }

    @Test
    void quoteMustHaveAType() {
        assertThrows(DomainException.class, () -> new QuoteDetails(null, null));
    }

    @Test
    void idsAreRequired() {
        assertThrows(DomainException.class, () -> new Span(" ", Layer.CUE, 0, 1, null, null));
        assertThrows(DomainException.class, () -> new Link("l", LinkType.CUED_BY, "", "x"));
        assertThrows(DomainException.class, () -> new AnnotationSetInfo("s", "d", " ", null, null, Instant.EPOCH));
    }

    @Test
    void bratNamesRoundTrip() {
        for (LinkType t : LinkType.values()) {
            assertEquals(t, LinkType.ofBratName(t.bratName()));
        }
        assertThrows(DomainException.class, () -> LinkType.ofBratName("SaidBy"));
    }

    @Test
    void auditEventNeedsWhoAndWhat() {
        assertThrows(DomainException.class, () -> new AuditEvent(0, "d", null, "", Instant.EPOCH, "x", "y", "", ""));
    }

    @Test
    void setKnowsItsState() {
        AnnotationSetInfo info = AnnotationSetInfo.start("d", "layla", Instant.EPOCH);
        assertEquals(SetState.IN_PROGRESS, info.state());
        assertEquals(SetState.SUBMITTED, info.withState(SetState.SUBMITTED).state());
        assertTrue(SetState.APPROVED.progress() > SetState.SUBMITTED.progress());
    }
}
