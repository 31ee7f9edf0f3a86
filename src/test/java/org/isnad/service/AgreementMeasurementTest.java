package org.isnad.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.isnad.agreement.AgreementReport;
import org.isnad.agreement.PairFigures;
import org.isnad.agreement.Undefined;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Assignment;
import org.isnad.domain.DomainException;
import org.isnad.domain.Layer;
import org.isnad.domain.SetKind;
import org.isnad.domain.SetState;
import org.isnad.domain.Span;
import org.isnad.store.H2Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Assignments and agreement read from a real database. */
class AgreementMeasurementTest {
    static final String TEXT = "قال الوزير إن «الحكومة ستعلن الخطة غدًا»، وأضاف المتحدث أن «الاجتماع مستمر».";

    @TempDir
    Path dir;
    H2Store store;
    Workspace workspace;
    final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void setUp() {
        store = H2Store.open(dir.resolve("isnad"));
        workspace = new Workspace(store, clock);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private String document(String origin) {
        return workspace.library().importText(TEXT + " " + origin, origin, ImportOptions.none(), "lead").document().id();
    }

    private void marks(String documentId, String analyst, SetKind kind, int[]... quotes) {
        AnnotationSetInfo info = new AnnotationSetInfo(AnnotationSetInfo.start(documentId, analyst, clock.instant()).id(),
                documentId, analyst, kind, SetState.IN_PROGRESS, clock.instant());
        store.annotations().addSet(info);
        for (int[] q : quotes) {
            store.annotations().addSpan(info.id(), Span.mark(Layer.QUOTE, q[0], q[1]));
        }
    }

    @Test
    void assignmentsAreStoredInOrderAndAudited() {
        String d1 = document("one");
        String d2 = document("two");
        workspace.assignments().assign(List.of(d1, d2), List.of("salma", "omar", "huda"), "rania", "lead");
        Assignment a = workspace.assignments().of(d2).orElseThrow();
        assertEquals(List.of("salma", "omar", "huda"), a.analysts());
        assertEquals("rania", a.curator());
        assertEquals(2, a.analystNumber("omar"));
        assertEquals(List.of(d1, d2).stream().sorted().toList(), workspace.assignments().documentsOf("rania"));
        assertEquals(List.of(), workspace.assignments().documentsOf("nobody"));
        assertTrue(store.audit().eventsOf(d1).stream().anyMatch(e -> e.action().equals("assign")));

        workspace.assignments().assign(List.of(d1), List.of("omar", "salma"), null, "lead");
        assertEquals(List.of("omar", "salma"), workspace.assignments().of(d1).orElseThrow().analysts());
        assertNull(workspace.assignments().of(d1).orElseThrow().curator());
    }

    @Test
    void badAssignmentsAreRefusedWholly() {
        String d1 = document("one");
        assertThrows(DomainException.class,
                () -> workspace.assignments().assign(List.of(d1, "missing"), List.of("a", "b"), null, "lead"));
        assertThrows(DomainException.class,
                () -> workspace.assignments().assign(List.of(d1), List.of("a"), null, "lead"));
        assertThrows(DomainException.class,
                () -> workspace.assignments().assign(List.of(d1), List.of("a", "b", "c", "d"), null, "lead"));
        assertThrows(DomainException.class,
                () -> workspace.assignments().assign(List.of(d1), List.of("a", "a"), null, "lead"));
        assertTrue(workspace.assignments().all().isEmpty());
    }

    @Test
    void agreementComparesTheAnalystsSetsButNotTheCuratedOne() {
        String d1 = document("one");
        marks(d1, "salma", SetKind.ANALYST, new int[] {15, 39}, new int[] {58, 74});
        marks(d1, "omar", SetKind.ANALYST, new int[] {15, 39}, new int[] {59, 74});
        marks(d1, "rania", SetKind.CURATED, new int[] {15, 39});
        AgreementReport r = workspace.agreement().measure(List.of(d1), List.of());
        assertEquals(List.of("omar", "salma"), r.analysts());
        PairFigures quote = r.pairs().stream().filter(p -> p.layer() == Layer.QUOTE).findFirst().orElseThrow();
        assertEquals(1, quote.exactMatches());
        assertEquals(0.5, quote.exactF1().value());
        assertEquals(1.0, quote.overlapF1().value());
        assertTrue(quote.alphaU().value() > 0.9 && quote.alphaU().value() < 1);
    }

    @Test
    void aDocumentOnlyOneAnalystWorkedOnIsReportedAsSuch() {
        String d1 = document("one");
        marks(d1, "salma", SetKind.ANALYST, new int[] {15, 39});
        AgreementReport r = workspace.agreement().measureAll(List.of());
        assertFalse(r.anythingCompared());
        assertEquals(Undefined.ONE_ANALYST_ONLY, r.documents().get(0).alone());
        assertThrows(DomainException.class, () -> workspace.agreement().measure(List.of("missing"), List.of()));
    }
}
