package org.isnad.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.domain.DomainException;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakerDirectoryTest {
    @TempDir
    Path dir;
    CorpusFixture corpus;
    SpeakerDirectory speakers;

    @BeforeEach
    void setUp() {
        corpus = new CorpusFixture(dir);
        speakers = corpus.workspace.speakers();
    }

    @AfterEach
    void tearDown() {
        corpus.close();
    }

    @Test
    void anActorsPageListsItsQuotesAcrossTheCorpusNewestFirstWithTheirText() {
        Actor kimmitt = corpus.actor("مارك كيميت");
        String older = corpus.importArticle(CorpusFixture.KIMMITT, "كيميت والانسحاب", "الحرة", LocalDate.of(2025, 3, 1));
        String newer = corpus.importArticle(CorpusFixture.KIMMITT_2, "كيميت والأمن", "الجزيرة", LocalDate.of(2026, 1, 5));
        corpus.quote(older, "layla", "مارك كيميت", kimmitt);
        corpus.quote(newer, "layla", "كيميت", kimmitt);

        List<ActorStatement> page = speakers.statements(kimmitt.id());
        assertEquals(List.of(newer, older), page.stream().map(ActorStatement::documentId).toList());
        assertEquals("القوات العراقية قادرة على حفظ الأمن", page.get(0).text());
        assertEquals("الجزيرة", page.get(0).outlet());
        assertEquals(Layer.QUOTE, page.get(1).layer());
        ActorEntry entry = speakers.entry(kimmitt.id());
        assertEquals(2, entry.quotes());
        assertEquals(2, entry.documents());
        String csv = speakers.csv(kimmitt.id());
        assertTrue(csv.startsWith("\uFEFFactor_id,actor,date,outlet"), csv);
        assertTrue(csv.contains("2026-01-05,الجزيرة"), csv);
    }

    @Test
    void aMergeMovesEveryQuoteAndUndoRestoresBothActors() {
        Actor kimmitt = corpus.actor("مارك كيميت");
        Actor variant = new Actor(org.isnad.domain.Ids.newId(), "مارك كيمت", "Mark Kimmitt", List.of("الجنرال كيميت"),
                ActorKind.PERSON, "مساعد وزير الخارجية الأميركي السابق", null);
        corpus.store.actors().add(variant);
        String first = corpus.importArticle(CorpusFixture.KIMMITT, "كيميت والانسحاب", "الحرة", LocalDate.of(2025, 3, 1));
        String second = corpus.importArticle(CorpusFixture.KIMMITT_2, "كيميت والأمن", "الجزيرة", LocalDate.of(2026, 1, 5));
        Span q1 = corpus.quote(first, "layla", "مارك كيميت", kimmitt);
        Span q2 = corpus.quote(second, "omar", "كيميت", variant);
        List<ActorStatement> before = speakers.statements(variant.id());

        ActorMerge merge = corpus.workspace.merges().merge(kimmitt.id(), variant.id(), "layla");
        assertTrue(corpus.store.actors().find(variant.id()).isEmpty());
        assertEquals(Set.of(q1.id(), q2.id()), Set.copyOf(speakers.statements(kimmitt.id()).stream()
                .map(ActorStatement::spanId).toList()));
        Actor kept = speakers.require(kimmitt.id());
        assertEquals(List.of("مارك كيمت", "Mark Kimmitt", "الجنرال كيميت"), kept.aliases());
        assertEquals("Mark Kimmitt", kept.latinName());
        assertEquals(kept, speakers.find("الجنرال كيميت"), "an alias finds the merged actor");

        corpus.workspace.merges().undo(merge, "layla");
        assertEquals(kimmitt, speakers.require(kimmitt.id()));
        assertEquals(variant, speakers.require(variant.id()));
        assertEquals(before, speakers.statements(variant.id()));
        assertEquals(List.of(q1.id()), speakers.statements(kimmitt.id()).stream().map(ActorStatement::spanId).toList());
    }

    @Test
    void renamingKeepsTheOldNameAsAliasAndSplittingMakesANewActor() {
        Actor a = new Actor(org.isnad.domain.Ids.newId(), "كيميت", null, List.of("مارك كيميت", "كيميث"),
                ActorKind.PERSON, null, null);
        corpus.store.actors().add(a);
        Actor renamed = speakers.rename(a.id(), "مارك كيميت", "layla");
        assertEquals("مارك كيميت", renamed.canonicalName());
        assertEquals(List.of("كيميث", "كيميت"), renamed.aliases());
        Actor split = speakers.splitAlias(a.id(), "كيميث", "layla");
        assertEquals("كيميث", split.canonicalName());
        assertEquals(List.of("كيميت"), speakers.require(a.id()).aliases());
        assertThrows(DomainException.class, () -> speakers.splitAlias(a.id(), "غير موجود", "layla"));
    }

    @Test
    void rolesChangeOverTimeAndTheNewestIsCurrent() {
        Actor a = corpus.actor("مارك كيميت");
        speakers.setRole(a.id(), LocalDate.of(2004, 1, 1), "المتحدث باسم قوات التحالف", "layla");
        Actor now = speakers.setRole(a.id(), LocalDate.of(2008, 6, 1), "مساعد وزير الخارجية الأميركي", "layla");
        assertEquals("مساعد وزير الخارجية الأميركي", now.role());
        assertEquals(2, speakers.roles(a.id()).size());
    }

    @Test
    void likelyDuplicatesAreProposedForSameFoldedNameContainedNameAndSharedAlias() {
        Actor hamza = corpus.actor("أحمد الصحاف");
        Actor bare = corpus.actor("احمد الصحاف");
        Actor full = corpus.actor("محمد سعيد الصحاف");
        Actor part = corpus.actor("سعيد الصحاف");
        Actor aliasA = new Actor(org.isnad.domain.Ids.newId(), "وزارة الخارجية العراقية", null, List.of("الخارجية"),
                ActorKind.GOVERNMENT_BODY, null, null);
        Actor aliasB = new Actor(org.isnad.domain.Ids.newId(), "الخارجيّة", null, List.of(), ActorKind.GOVERNMENT_BODY, null, null);
        corpus.store.actors().add(aliasA);
        corpus.store.actors().add(aliasB);
        corpus.actor("نوري المالكي");

        List<DuplicateProposal> proposals = DuplicateFinder.propose(speakers.entries().stream().map(ActorEntry::actor).toList());
        assertTrue(has(proposals, hamza, bare, DuplicateProposal.Reason.SAME_NAME), proposals.toString());
        assertTrue(has(proposals, full, part, DuplicateProposal.Reason.NAME_CONTAINED), proposals.toString());
        assertTrue(has(proposals, aliasA, aliasB, DuplicateProposal.Reason.SHARED_ALIAS), proposals.toString());
        assertFalse(proposals.stream().anyMatch(p -> p.first().canonicalName().equals("نوري المالكي")
                || p.second().canonicalName().equals("نوري المالكي")), proposals.toString());
    }

    private static boolean has(List<DuplicateProposal> proposals, Actor a, Actor b, DuplicateProposal.Reason reason) {
        return proposals.stream().anyMatch(p -> p.reason() == reason
                && Set.of(p.first().id(), p.second().id()).equals(Set.of(a.id(), b.id())));
    }
}
