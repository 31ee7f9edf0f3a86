package org.isnad.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.ClaimAppearance;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.ClaimRecordSummary;
import org.isnad.domain.ClaimStance;
import org.isnad.domain.Contradiction;
import org.isnad.domain.DomainException;
import org.isnad.domain.Stance;
import org.isnad.store.H2Store;
import org.isnad.testing.ClaimArticles;
import org.isnad.testing.HandClock;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClaimRecordsTest {
    @RegisterExtension
    final TempStores stores = new TempStores();
    private final HandClock clock = HandClock.ticking(Instant.parse("2026-12-07T10:00:00Z"), Duration.ofSeconds(1));
    private final H2Store store = stores.open();
    private final ClaimArticles articles = new ClaimArticles(store, "salma", clock);
    private final ClaimRecords records = new ClaimRecords(store, clock);

    private ClaimRecord withAllThree() {
        ClaimRecord record = records.create(ClaimArticles.STATEMENT, "The US withdrawal will not leave a security vacuum in Iraq", "huda");
        records.attach(articles.kimmittClaim.spanId(), record.id(), Stance.ASSERTS, "huda");
        records.attach(articles.amiriClaim.spanId(), record.id(), Stance.DENIES, "huda");
        records.attach(articles.kimmittLaterClaim.spanId(), record.id(), Stance.DENIES, "huda");
        return record;
    }

    @Test
    void appearancesAreDerivedFromTheSpans() {
        ClaimRecord record = withAllThree();
        List<ClaimAppearance> list = records.appearances(record.id());
        assertEquals(3, list.size());
        ClaimAppearance first = list.get(0);
        assertEquals(articles.kimmittClaim.spanId(), first.spanId());
        assertEquals(Stance.ASSERTS, first.stance());
        assertEquals(articles.kimmittClaim.documentId(), first.documentId());
        assertEquals("الحرة", first.outlet());
        assertEquals(LocalDate.of(2021, 7, 20), first.date());
        assertEquals("مارك كيميت", first.claimantName());
        assertEquals("Q1338366", first.claimantWikidata());
        assertEquals(ClaimArticles.KIMMITT_CLAIM, first.text());
        assertEquals(articles.kimmittClaim.quote().id(), first.quoteSpanId());
        assertTrue(first.quoteText().startsWith("لا أعتقد"));
        assertEquals(List.of("الحرة", "الجزيرة", "الشرق الأوسط"), list.stream().map(ClaimAppearance::outlet).toList());

        ClaimRecordSummary summary = records.list().get(0);
        assertEquals(3, summary.appearances());
        assertEquals(2, summary.speakers());
        assertEquals(3, summary.outlets());
        assertEquals(LocalDate.of(2021, 7, 20), summary.firstSeen());
        assertEquals(LocalDate.of(2021, 12, 1), summary.lastSeen());
        assertFalse(summary.rated());
    }

    @Test
    void contradictionsSameSpeakerAtOtherTimesAndSpeakersOnOppositeSides() {
        ClaimRecord record = withAllThree();
        List<Contradiction> found = records.contradictions(record.id());
        Contradiction same = found.stream().filter(c -> c.kind() == Contradiction.Kind.SAME_SPEAKER).findFirst().orElseThrow();
        assertEquals(articles.kimmittClaim.spanId(), same.asserted().spanId());
        assertEquals(articles.kimmittLaterClaim.spanId(), same.denied().spanId());
        List<Contradiction> opposite = found.stream().filter(c -> c.kind() == Contradiction.Kind.OPPOSITE_SPEAKERS).toList();
        assertEquals(1, opposite.size());
        assertEquals("مارك كيميت", opposite.get(0).asserted().claimantName());
        assertEquals("هادي العامري", opposite.get(0).denied().claimantName());
        assertEquals(2, found.size());
    }

    @Test
    void questioningContradictsNothingAndOneSideAloneIsNoContradiction() {
        ClaimRecord record = records.create(ClaimArticles.STATEMENT, null, "huda");
        records.attach(articles.kimmittClaim.spanId(), record.id(), Stance.ASSERTS, "huda");
        records.attach(articles.amiriClaim.spanId(), record.id(), Stance.QUESTIONS, "huda");
        assertTrue(records.contradictions(record.id()).isEmpty());
    }

    @Test
    void mergeMovesEverySpanAndUndoPutsItBack() {
        ClaimRecord keep = records.create(ClaimArticles.STATEMENT, null, "huda");
        ClaimRecord other = records.create("الانسحاب الأميركي سيخلق فراغاً أمنياً في العراق", null, "huda");
        records.attach(articles.kimmittClaim.spanId(), keep.id(), Stance.ASSERTS, "huda");
        records.attach(articles.amiriClaim.spanId(), other.id(), Stance.ASSERTS, "huda");
        records.attach(articles.kimmittLaterClaim.spanId(), other.id(), Stance.ASSERTS, "huda");

        records.merge(keep.id(), other.id(), "huda");
        assertEquals(3, records.stances(keep.id()).size());
        assertThrows(DomainException.class, () -> records.require(other.id()));
        assertEquals(1, records.list().size());

        records.undo("huda");
        assertEquals(List.of(articles.kimmittClaim.spanId()), records.stances(keep.id()).stream().map(ClaimStance::spanId).toList());
        assertEquals(Set.of(articles.amiriClaim.spanId(), articles.kimmittLaterClaim.spanId()),
                Set.copyOf(records.stances(other.id()).stream().map(ClaimStance::spanId).toList()));
        assertEquals(other, records.require(other.id()));

        records.redo("huda");
        assertEquals(3, records.stances(keep.id()).size());
        List<AuditEvent> audit = store.audit().corpusEvents();
        assertEquals(List.of("execute", "undo", "redo"), audit.subList(audit.size() - 3, audit.size()).stream().map(AuditEvent::action).toList());
        assertTrue(audit.get(audit.size() - 3).description().startsWith("Merge claim record «الانسحاب الأميركي"));
    }

    @Test
    void splitMakesANewRecordAndUndoRemovesIt() {
        ClaimRecord record = withAllThree();
        ClaimRecord split = records.split(record.id(), Set.of(articles.amiriClaim.spanId()),
                "انسحاب القوات الأميركية سيترك فراغاً أمنياً خطيراً", null, "huda");
        assertEquals(List.of(articles.amiriClaim.spanId()), records.stances(split.id()).stream().map(ClaimStance::spanId).toList());
        assertEquals(Stance.DENIES, records.stances(split.id()).get(0).stance());
        assertEquals(2, records.stances(record.id()).size());

        records.undo("huda");
        assertEquals(3, records.stances(record.id()).size());
        assertEquals(1, records.list().size());
        assertThrows(DomainException.class, () -> records.split(record.id(), Set.of("no-such-span"), "x", null, "huda"));
    }

    @Test
    void editDeleteAndUndo() {
        ClaimRecord record = withAllThree();
        records.edit(record.id(), "الانسحاب الأميركي لن يترك فراغاً أمنياً", "no vacuum", "huda");
        assertEquals("الانسحاب الأميركي لن يترك فراغاً أمنياً", records.require(record.id()).statement());
        records.delete(record.id(), "huda");
        assertTrue(records.list().isEmpty());
        assertTrue(records.recordOf(articles.amiriClaim.spanId()).isEmpty());
        records.undo("huda");
        assertEquals(3, records.stances(record.id()).size());
        assertEquals("no vacuum", records.require(record.id()).gloss());
        records.undo("huda");
        assertEquals(ClaimArticles.STATEMENT, records.require(record.id()).statement());
    }

    @Test
    void attachingMovesASpanAndRefusesWhatIsNoClaim() {
        ClaimRecord a = records.create(ClaimArticles.STATEMENT, null, "huda");
        ClaimRecord b = records.create("القوات العراقية قادرة على حماية البلاد", null, "huda");
        records.attach(articles.amiriClaim.spanId(), a.id(), Stance.DENIES, "huda");
        records.attach(articles.amiriClaim.spanId(), b.id(), Stance.QUESTIONS, "huda");
        assertTrue(records.stances(a.id()).isEmpty());
        assertEquals(Stance.QUESTIONS, records.recordOf(articles.amiriClaim.spanId()).orElseThrow().stance());
        DomainException quote = assertThrows(DomainException.class,
                () -> records.attach(articles.amiriClaim.quote().id(), a.id(), Stance.ASSERTS, "huda"));
        assertTrue(quote.getMessage().contains(articles.amiriClaim.quote().id()), quote.getMessage());
        assertThrows(DomainException.class, () -> records.attach(articles.amiriClaim.spanId(), "nope", Stance.ASSERTS, "huda"));
        assertThrows(DomainException.class, () -> records.create("   ", null, "huda"));
        records.detach(articles.amiriClaim.spanId(), "huda");
        assertTrue(records.recordOf(articles.amiriClaim.spanId()).isEmpty());
    }
}
