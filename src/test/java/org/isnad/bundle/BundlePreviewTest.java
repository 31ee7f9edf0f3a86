package org.isnad.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.service.BundlePreview;
import org.isnad.service.ExportRequest;
import org.isnad.service.InterchangeFormat;
import org.isnad.service.Progress;
import org.isnad.service.ReviewService;
import org.isnad.service.signing.SignatureStatus;
import org.isnad.store.FileSigningKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The preview of a bundle before import: what it holds, whether its sign-offs verify, and nothing written. */
class BundlePreviewTest extends SourceAndTarget {
    FileSigningKeys omarKeys;
    Path bundle;

    @BeforeEach
    void signAndExport() {
        omarKeys = stores.keys("keys-omar");
        String laylaSet = source.annotations().setsOf(fixture.documentId).stream().filter(s -> s.annotator().equals("layla"))
                .map(AnnotationSetInfo::id).findFirst().orElseThrow();
        new ReviewService(source, omarKeys, Fixture.CLOCK).approve(laylaSet, "omar", true);
        bundle = dir.resolve("signed.isnad");
        new BundleInterchange(() -> source, Fixture.CLOCK).export(new ExportRequest(List.of(fixture.documentId),
                InterchangeFormat.ISNAD, bundle, false, "omar"), Progress.none());
    }

    BundlePreview preview(Path file, java.util.function.Predicate<String> trusted) {
        return new BundleInterchange(() -> target, Fixture.CLOCK).preview(file, trusted);
    }

    @Test
    void showsDocumentsSetsAndSignOffsWithoutWritingAnything() {
        int before = target.documents().count();
        BundlePreview preview = preview(bundle, omarKeys::isTrusted);
        assertTrue(preview.importable(), preview.refusal());
        assertEquals(1, preview.documents().size());
        BundlePreview.DocumentPreview document = preview.documents().get(0);
        assertEquals(source.documents().find(fixture.documentId).orElseThrow().title(), document.title());
        BundlePreview.SetPreview layla = document.sets().stream().filter(s -> s.annotator().equals("layla")).findFirst().orElseThrow();
        assertEquals("APPROVED", layla.state());
        String laylaSet = source.annotations().setsOf(fixture.documentId).stream().filter(s -> s.annotator().equals("layla"))
                .findFirst().orElseThrow().id();
        assertEquals(source.annotations().spansOf(laylaSet).size(), layla.annotations());
        assertEquals(source.annotations().linksOf(laylaSet).size(), layla.links());
        assertEquals(1, layla.signOffs().size());
        assertEquals("omar", layla.signOffs().get(0).reviewer());
        assertEquals(SignatureStatus.VALID, layla.signOffs().get(0).status());
        assertEquals(before, target.documents().count(), "the preview wrote nothing");
    }

    @Test
    void aKeyNotTrustedHereIsShownAsSuch() {
        BundlePreview preview = preview(bundle, key -> false);
        assertEquals(SignatureStatus.UNKNOWN_KEY, preview.documents().get(0).sets().stream()
                .flatMap(s -> s.signOffs().stream()).findFirst().orElseThrow().status());
    }

    @Test
    void aDamagedBundleIsDescribedNotThrown() throws Exception {
        Path bad = dir.resolve("bad.isnad");
        Files.writeString(bad, "not a zip");
        BundlePreview preview = preview(bad, key -> false);
        assertFalse(preview.importable());
        assertNotNull(preview.refusal());
        assertTrue(preview.documents().isEmpty());
    }
}
