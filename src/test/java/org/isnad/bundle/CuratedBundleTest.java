package org.isnad.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.isnad.agreement.CurationUnit;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.SetKind;
import org.isnad.service.ConflictPolicy;
import org.isnad.service.CurationSession;
import org.isnad.service.ExportRequest;
import org.isnad.service.ImportRequest;
import org.isnad.service.InterchangeFormat;
import org.isnad.service.Progress;
import org.isnad.service.Workspace;
import org.junit.jupiter.api.Test;

/** A curated set goes through a native bundle as a set of kind CURATED, with its spans and links as they were. */
class CuratedBundleTest extends SourceAndTarget {
    @Test
    void aCuratedSetMakesTheRoundTripWithItsKindSpansAndLinks() {
        CurationSession curation = new Workspace(source, Fixture.CLOCK).curation().open(fixture.documentId, "rania");
        for (CurationUnit u : curation.units()) {
            if (curation.decision(u) == org.isnad.service.UnitDecision.OPEN && u.version(1).isPresent()) {
                curation.take(u, 1);
                break;
            }
        }
        String curatedId = curation.curated().set().id();
        List<String> before = spansOf(source, curatedId);
        assertTrue(before.size() > 0);

        Path out = dir.resolve("curated.isnad");
        new BundleInterchange(() -> source, Fixture.CLOCK).export(new ExportRequest(List.of(), InterchangeFormat.ISNAD, out,
                false, "rania"), Progress.none());
        new BundleInterchange(() -> target, Fixture.CLOCK).importFile(ImportRequest.of(out, "omar")
                .withConflictPolicy(ConflictPolicy.FAIL), Progress.none());

        AnnotationSetInfo imported = target.annotations().setsOf(fixture.documentId).stream()
                .filter(s -> s.kind() == SetKind.CURATED).findFirst().orElseThrow();
        assertEquals("rania", imported.annotator());
        assertEquals(before, spansOf(target, imported.id()));
        assertEquals(source.annotations().linksOf(curatedId).size(), target.annotations().linksOf(imported.id()).size());
    }

    private static List<String> spansOf(org.isnad.store.H2Store store, String setId) {
        return store.annotations().spansOf(setId).stream().map(s -> s.layer() + " " + s.start() + " " + s.end()).sorted().toList();
    }
}
