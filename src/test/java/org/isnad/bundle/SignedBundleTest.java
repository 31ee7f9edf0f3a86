package org.isnad.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.SignOff;
import org.isnad.service.ConflictPolicy;
import org.isnad.service.ExportRequest;
import org.isnad.service.ImportOptions;
import org.isnad.service.ImportRequest;
import org.isnad.service.InterchangeFormat;
import org.isnad.service.Progress;
import org.isnad.service.ReviewService;
import org.isnad.service.SignatureStatus;
import org.isnad.service.VerifyReport;
import org.isnad.store.FileSigningKeys;
import org.isnad.store.H2Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-offs travel in bundles: verify checks their signatures, and a change anywhere in what was
 * signed (an offset, an attribute, a verdict) is reported by verify and shown as invalid after import.
 */
class SignedBundleTest extends SourceAndTarget {
    FileSigningKeys omarKeys;
    String laylaSet;
    Path bundle;

    @BeforeEach
    void signAndExport() {
        omarKeys = stores.keys("keys-omar");
        ReviewService review = new ReviewService(source, omarKeys, Fixture.CLOCK);
        laylaSet = source.annotations().setsOf(fixture.documentId).stream().filter(s -> s.annotator().equals("layla"))
                .map(AnnotationSetInfo::id).findFirst().orElseThrow();
        review.approve(laylaSet, "omar", true);
        bundle = dir.resolve("signed.isnad");
        new BundleInterchange(() -> source, Fixture.CLOCK).export(new ExportRequest(List.of(fixture.documentId),
                InterchangeFormat.ISNAD, bundle, false, "omar"), Progress.none());
    }

    VerifyReport verify(Path file) {
        return new BundleInterchange(() -> source, Fixture.CLOCK).verify(file, omarKeys::isTrusted);
    }

    void importInto(H2Store store, Path file) {
        new BundleInterchange(() -> store, Fixture.CLOCK).importFile(new ImportRequest(file, null, null, ConflictPolicy.FAIL,
                ImportOptions.none(), "layla"), Progress.none());
    }

    /** The bundle with one set entry edited and a fresh, consistent manifest: only the signature can tell. */
    Path tampered(String name, String from, String to) throws Exception {
        Map<String, byte[]> entries = Bundles.entries(bundle);
        String setEntry = entries.keySet().stream().filter(e -> e.contains("/sets/")).filter(e ->
                new String(entries.get(e), StandardCharsets.UTF_8).contains("\"" + laylaSet + "\"")).findFirst().orElseThrow();
        String json = new String(entries.get(setEntry), StandardCharsets.UTF_8);
        assertTrue(json.contains(from), "the set JSON contains «" + from + "»");
        entries.put(setEntry, json.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                .getBytes(StandardCharsets.UTF_8));
        return Bundles.writeWithManifest(dir.resolve(name), entries);
    }

    @Test
    void aSignedBundleVerifiesWithTheReviewersKey() {
        VerifyReport report = verify(bundle);
        assertTrue(report.ok(), report.problems().toString());
    }

    @Test
    void aKeyNobodyTrustsIsReported() {
        VerifyReport report = new BundleInterchange(() -> source, Fixture.CLOCK).verify(bundle);
        assertEquals(1, report.problems().size(), report.problems().toString());
        assertEquals("signature", report.problems().get(0).check());
        assertTrue(report.problems().get(0).reason().startsWith("unknown key"), report.problems().get(0).reason());
    }

    @Test
    void theSignOffAndVerdictsArriveWithTheImport() {
        importInto(target, bundle);
        List<SignOff> signOffs = target.reviews().signOffsOf(laylaSet);
        assertEquals(source.reviews().signOffsOf(laylaSet), signOffs);
        assertEquals(source.reviews().verdictsOf(laylaSet), target.reviews().verdictsOf(laylaSet));
        ReviewService there = new ReviewService(target, omarKeys, Fixture.CLOCK);
        assertEquals(SignatureStatus.VALID, there.check(laylaSet).orElseThrow().status());
    }

    @Test
    void aChangedOffsetIsFoundByVerifyAndShownInvalidAfterImport() throws Exception {
        String json = new String(Bundles.entries(bundle).values().stream().filter(b ->
                new String(b, StandardCharsets.UTF_8).contains("\"" + laylaSet + "\"")).findFirst().orElseThrow(), StandardCharsets.UTF_8);
        // a note edit keeps every offset check of the importer happy but changes what was signed
        Path changed = tampered("note.isnad", "\"note\" : \"نفي مع", "\"note\" : \"تعديل: نفي مع");
        expectInvalid(changed);
        assertTrue(json.contains("\"start\""));
    }

    @Test
    void aChangedAttributeIsFoundByVerifyAndShownInvalidAfterImport() throws Exception {
        expectInvalid(tampered("attribute.isnad", "\"polarity\" : \"DENIES\"", "\"polarity\" : \"AFFIRMS\""));
    }

    @Test
    void aChangedVerdictIsFoundByVerifyAndShownInvalidAfterImport() throws Exception {
        expectInvalid(tampered("verdict.isnad", "\"kind\" : \"ACCEPTED\"", "\"kind\" : \"FIXED\""));
    }

    void expectInvalid(Path changed) {
        VerifyReport report = verify(changed);
        assertEquals(1, report.problems().size(), report.problems().toString());
        assertEquals("signature", report.problems().get(0).check());
        assertTrue(report.problems().get(0).reason().startsWith("invalid"), report.problems().get(0).reason());
        importInto(target, changed);
        ReviewService there = new ReviewService(target, omarKeys, Fixture.CLOCK);
        assertEquals(SignatureStatus.INVALID, there.check(laylaSet).orElseThrow().status());
    }
}
