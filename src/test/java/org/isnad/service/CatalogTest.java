package org.isnad.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.domain.Actor;
import org.isnad.domain.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {
    @TempDir
    Path dir;
    CorpusFixture corpus;
    Catalog catalog;
    String hurra;
    String jazeera;
    String arabiya;

    @BeforeEach
    void setUp() {
        corpus = new CorpusFixture(dir);
        catalog = corpus.workspace.catalog();
        hurra = corpus.importArticle(CorpusFixture.KIMMITT, "هل شارفت مهمة التحالف الدولي في العراق على الانتهاء؟", "الحرة",
                LocalDate.of(2025, 3, 1));
        jazeera = corpus.importArticle(CorpusFixture.KIMMITT_2, "القوات العراقيّة قادرة على حفظ الأمن", "الجزيرة",
                LocalDate.of(2026, 1, 5));
        arabiya = corpus.importArticle("قال المالكي إن الحكومة ماضية في خطتها.", "المالكي: الحكومة ماضية", "العربية", null);
    }

    @AfterEach
    void tearDown() {
        corpus.close();
    }

    @Test
    void metadataIsEditedWithTagsAndTheTitleIsFoundFolded() {
        DocumentMetadata edited = catalog.metadata(jazeera).withTitle("القوّات العراقية والأمن").withOutlet("قناة الجزيرة")
                .withSourceUrl("https://www.aljazeera.net/news/1").withPublishedDate(LocalDate.of(2026, 1, 6))
                .withLanguage("ar").withTags(List.of("العراق", "الأمن", "العراق"));
        catalog.edit(jazeera, edited, "layla");
        DocumentMetadata stored = catalog.metadata(jazeera);
        assertEquals(List.of("الأمن", "العراق"), stored.tags(), "once each, sorted");
        assertEquals("قناة الجزيرة", stored.outlet());
        assertEquals(LocalDate.of(2026, 1, 6), stored.publishedDate());
        assertEquals(List.of(jazeera), corpus.libraryIds(LibraryFilter.ALL.withTitleText("القوات")), "harakat folded away");
        assertEquals(List.of(jazeera), corpus.libraryIds(LibraryFilter.ALL.withTag("الأمن")));
        assertEquals(List.of("الأمن", "العراق"), catalog.tags());
        assertThrows(DomainException.class, () -> edited.withTitle("  "));
    }

    @Test
    void myWorkIsTheDocumentsAssignedToTheUserAsAnalystOrCuratorOverTheWholeLibrary() {
        corpus.store.assignments().save(new org.isnad.domain.Assignment(hurra, List.of("layla", "omar"), "huda", "admin", CorpusFixture.CLOCK.instant()));
        corpus.store.assignments().save(new org.isnad.domain.Assignment(jazeera, List.of("omar", "salma"), null, "admin", CorpusFixture.CLOCK.instant()));
        assertEquals(Set.of(hurra, jazeera), Set.copyOf(corpus.libraryIds(LibraryFilter.ALL.withAssignedTo("omar"))));
        assertEquals(List.of(hurra), corpus.libraryIds(LibraryFilter.ALL.withAssignedTo("layla")));
        assertEquals(List.of(hurra), corpus.libraryIds(LibraryFilter.ALL.withAssignedTo("huda")), "as curator");
        assertEquals(List.of(), corpus.libraryIds(LibraryFilter.ALL.withAssignedTo("nobody")));
        assertEquals(List.of(jazeera), corpus.libraryIds(LibraryFilter.ALL.withOutlet("الجزيرة").withAssignedTo("omar")),
                "with the bar's filters");
        assertEquals(1, catalog.page(LibraryFilter.ALL.withAssignedTo("omar"), LibraryOrder.PUBLISHED, true, 0, 1).rows().size());
        assertEquals(2, catalog.page(LibraryFilter.ALL.withAssignedTo("omar"), LibraryOrder.PUBLISHED, true, 0, 1).total(),
                "counted over the whole library, not the page");
    }

    @Test
    void theLibraryFiltersByOutletDatesAnnotatorStateAndTitle() {
        corpus.quote(hurra, "layla", "مارك كيميت", corpus.actor("مارك كيميت"));
        corpus.quote(jazeera, "omar", "كيميت", corpus.actor("كيميت"));
        String omarSet = corpus.store.annotations().setsOf(jazeera).get(0).id();
        new ReviewService(corpus.store, null, CorpusFixture.CLOCK).submit(omarSet, "omar");

        assertEquals(List.of(hurra), corpus.libraryIds(LibraryFilter.ALL.withOutlet("الحرة")));
        assertEquals(List.of(jazeera), corpus.libraryIds(LibraryFilter.ALL.withDates(LocalDate.of(2026, 1, 1), null)));
        assertEquals(Set.of(hurra, jazeera), Set.copyOf(corpus.libraryIds(LibraryFilter.ALL.withDates(null, LocalDate.of(2026, 1, 5)))));
        assertEquals(List.of(jazeera), corpus.libraryIds(LibraryFilter.ALL.withAnnotator("omar")));
        assertEquals(List.of(hurra), corpus.libraryIds(LibraryFilter.ALL.withState("in_progress")));
        assertEquals(List.of(jazeera), corpus.libraryIds(LibraryFilter.ALL.withState("submitted")));
        assertEquals(List.of(arabiya), corpus.libraryIds(LibraryFilter.ALL.withState("new")));
        assertEquals(List.of(arabiya), corpus.libraryIds(LibraryFilter.ALL.withTitleText("المالكى")), "ى folded to ي");
        assertEquals(List.of(), corpus.libraryIds(LibraryFilter.ALL.withTitleText("%")), "LIKE wildcards are text");
        assertThrows(DomainException.class, () -> corpus.libraryIds(LibraryFilter.ALL.withState("done")));

        LibraryPage byDate = catalog.page(LibraryFilter.ALL, LibraryOrder.PUBLISHED, true, 0, 2);
        assertEquals(3, byDate.total());
        assertEquals(List.of(jazeera, hurra), byDate.rows().stream().map(r -> r.summary().id()).toList());
        assertEquals("submitted", byDate.rows().get(0).summary().state());
        assertEquals(1, byDate.rows().get(0).summary().count(org.isnad.domain.Layer.QUOTE));
        assertEquals(List.of(arabiya), catalog.page(LibraryFilter.ALL, LibraryOrder.PUBLISHED, true, 2, 2).rows().stream()
                .map(r -> r.summary().id()).toList());
        assertEquals(List.of("layla", "omar"), catalog.annotators());
    }

    @Test
    void deletingTakesABackupFirstAndRemovesTheDocumentsFromLibraryAndDirectory() {
        Actor kimmitt = corpus.actor("مارك كيميت");
        corpus.quote(hurra, "layla", "مارك كيميت", kimmitt);
        corpus.quote(hurra, "omar", "مارك كيميت", kimmitt);
        corpus.quote(jazeera, "layla", "كيميت", kimmitt);
        List<Set<String>> heard = new ArrayList<>();
        corpus.workspace.changes().add(new CorpusListener() {
            @Override
            public void documentsDeleted(Set<String> ids) {
                heard.add(ids);
            }
        });

        DeletionPlan plan = catalog.planDeletion(List.of(hurra, arabiya, hurra));
        assertEquals(2, plan.documentIds().size());
        assertEquals(2, plan.annotationSets(), "layla's and omar's sets on the first article");
        Backup backup = catalog.delete(plan, "layla");

        assertEquals(List.of(backup), corpus.backups.list());
        assertEquals(List.of(jazeera), corpus.libraryIds(LibraryFilter.ALL));
        assertEquals(List.of(Set.of(hurra, arabiya)), heard);
        ActorEntry entry = corpus.workspace.speakers().entry(kimmitt.id());
        assertEquals(1, entry.quotes());
        assertEquals(1, entry.documents());
        assertEquals(List.of(jazeera), corpus.workspace.speakers().statements(kimmitt.id()).stream()
                .map(ActorStatement::documentId).toList());
        assertTrue(corpus.store.documents().find(hurra).isEmpty());
        assertThrows(DomainException.class, () -> catalog.planDeletion(List.of(hurra)), "already deleted");
    }
}
