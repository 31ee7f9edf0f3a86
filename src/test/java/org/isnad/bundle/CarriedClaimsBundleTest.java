package org.isnad.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.domain.Assignment;
import org.isnad.domain.ClaimRating;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.ClaimStance;
import org.isnad.domain.Stance;
import org.isnad.service.Assignments;
import org.isnad.service.BundlePreview;
import org.isnad.service.ClaimRatings;
import org.isnad.service.ClaimRecords;
import org.isnad.service.ConflictPolicy;
import org.isnad.service.ExportRequest;
import org.isnad.service.ImportReport;
import org.isnad.service.ImportRequest;
import org.isnad.service.InterchangeException;
import org.isnad.service.InterchangeFormat;
import org.isnad.service.Progress;
import org.isnad.service.signing.RatingSignatures;
import org.isnad.service.signing.SignatureStatus;
import org.isnad.store.FileSigningKeys;
import org.isnad.store.H2Store;
import org.isnad.testing.ClaimArticles;
import org.isnad.testing.HandClock;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Format version 3 carries assignments and claim records (statement, gloss, the stances of their claim
 * spans, the signed rating) from one database to another; a re-import merges by id, a changed rating
 * arrives as invalid, a link to a span nobody has refuses the bundle with the database unchanged, and a
 * version-2 bundle still imports.
 */
class CarriedClaimsBundleTest {
    @RegisterExtension
    final TempStores stores = new TempStores();
    private final HandClock clock = HandClock.ticking(Instant.parse("2026-12-07T10:00:00Z"), Duration.ofSeconds(1));
    private final H2Store source = stores.open("source");
    private final H2Store target = stores.open("target");
    private final FileSigningKeys sourceKeys = stores.keys("keys-source");
    private final ClaimArticles articles = new ClaimArticles(source, "salma", clock);
    private final ClaimRecords records = new ClaimRecords(source, clock);
    private ClaimRecord rated;
    private ClaimRecord unrated;
    private ClaimRating rating;
    private Assignment assignment;

    @BeforeEach
    void claimRateAndAssign() {
        rated = records.create(ClaimArticles.STATEMENT, "The US withdrawal will not leave a security vacuum in Iraq", "huda");
        records.attach(articles.kimmittClaim.spanId(), rated.id(), Stance.ASSERTS, "huda");
        records.attach(articles.amiriClaim.spanId(), rated.id(), Stance.DENIES, "huda");
        unrated = records.create("الانسحاب الأميركي سيخلق فراغاً أمنياً", null, "huda");
        records.attach(articles.kimmittLaterClaim.spanId(), unrated.id(), Stance.QUESTIONS, "huda");
        rating = new ClaimRatings(source, records, sourceKeys, clock).rate(rated.id(), 2, 5, 1, "Mostly false",
                "تراجع المتحدث نفسه عن تصريحه بعد أشهر", List.of("https://www.alhurra.com/iraq/2021/07/20/coalition"), "nadia");
        assignment = new Assignments(source, clock).assign(List.of(articles.kimmittClaim.documentId()),
                List.of("ليلى", "عمر"), "رانيا", "huda").get(0);
    }

    private Path export(H2Store from, String name, List<String> documents) {
        Path out = stores.dir().resolve(name);
        new BundleInterchange(() -> from, clock).export(new ExportRequest(documents, InterchangeFormat.ISNAD, out, false,
                "huda"), Progress.none());
        return out;
    }

    private ImportReport importInto(H2Store into, Path bundle) {
        return new BundleInterchange(() -> into, clock).importFile(ImportRequest.of(bundle, "omar")
                .withConflictPolicy(ConflictPolicy.FAIL), Progress.none());
    }

    private static List<ClaimStance> sorted(List<ClaimStance> stances) {
        return stances.stream().sorted(java.util.Comparator.comparing(ClaimStance::spanId)).toList();
    }

    @Test
    void assignmentsRecordsStancesAndSignedRatingsMakeTheRoundTrip() throws Exception {
        Path bundle = export(source, "all.isnad", List.of());
        Map<String, byte[]> entries = Bundles.entries(bundle);
        assertTrue(entries.containsKey(EntryNames.CLAIMS));
        assertTrue(new String(entries.get(EntryNames.CLAIMS), StandardCharsets.UTF_8).contains(ClaimArticles.STATEMENT),
                "Arabic as text in claims.json");

        ImportReport report = importInto(target, bundle);
        assertEquals(new ImportReport.Carried(2, 0, 3, 1, 1), report.carried());
        assertEquals(List.of(), report.warnings());

        assertEquals(rated, target.claims().find(rated.id()).orElseThrow());
        assertEquals(unrated, target.claims().find(unrated.id()).orElseThrow());
        assertEquals(sorted(source.claims().stancesOf(rated.id())), sorted(target.claims().stancesOf(rated.id())));
        assertEquals(List.of(new ClaimStance(unrated.id(), articles.kimmittLaterClaim.spanId(), Stance.QUESTIONS)),
                target.claims().stancesOf(unrated.id()));
        assertEquals(3, target.claims().appearances(rated.id()).size() + target.claims().appearances(unrated.id()).size());
        ClaimRating arrived = target.claims().rating(rated.id()).orElseThrow();
        assertEquals(rating, arrived);
        assertEquals("غير صحيح في معظمه", arrived.label());
        assertEquals(SignatureStatus.VALID, RatingSignatures.check(target.claims().find(rated.id()).orElseThrow(), arrived,
                sourceKeys::isTrusted).status(), "the signature verifies after import");
        assertEquals(SignatureStatus.UNKNOWN_KEY, new ClaimRatings(target, new ClaimRecords(target, clock),
                stores.keys("keys-target"), clock).check(rated.id()).orElseThrow().status(), "nadia's key is not trusted there");
        assertTrue(target.claims().rating(unrated.id()).isEmpty());

        Assignment moved = target.assignments().find(articles.kimmittClaim.documentId()).orElseThrow();
        assertEquals(assignment.analysts(), moved.analysts());
        assertEquals("رانيا", moved.curator());
        assertEquals(assignment.assignedAt(), moved.assignedAt());
        assertTrue(target.assignments().find(articles.amiriClaim.documentId()).isEmpty());

        BundlePreview preview = new BundleInterchange(() -> target, clock).preview(bundle, sourceKeys::isTrusted);
        assertEquals(2, preview.claims().records());
        assertEquals(3, preview.claims().stances());
        assertEquals(1, preview.claims().ratings().size());
        assertEquals(SignatureStatus.VALID, preview.claims().ratings().get(0).status());
        assertEquals(ClaimArticles.STATEMENT, preview.claims().ratings().get(0).statement());
        assertEquals(1, preview.assignments());
    }

    @Test
    void anExportOfOneDocumentCarriesOnlyTheStancesOfItsSpans() throws Exception {
        Path bundle = export(source, "amiri.isnad", List.of(articles.amiriClaim.documentId()));
        ImportReport report = importInto(target, bundle);
        assertEquals(new ImportReport.Carried(1, 0, 1, 1, 0), report.carried());
        assertEquals(List.of(new ClaimStance(rated.id(), articles.amiriClaim.spanId(), Stance.DENIES)),
                target.claims().stancesOf(rated.id()));
        assertTrue(target.claims().find(unrated.id()).isEmpty(), "no span of the other record is in the bundle");
    }

    @Test
    void importingAgainMergesByIdAndChangesNothing() {
        Path bundle = export(source, "all.isnad", List.of());
        importInto(target, bundle);
        var before = StoreDump.of(stores.base("target"));
        ImportReport again = importInto(target, bundle);
        assertEquals(new ImportReport.Carried(0, 2, 0, 0, 0), again.carried());
        assertEquals(List.of(), again.warnings());
        assertEquals(before, StoreDump.of(stores.base("target")), "nothing duplicated, nothing written");
        assertEquals(2, target.claims().summaries().size());
    }

    @Test
    void aRecordHereKeepsItsStatementAndLinksWhileMissingLinksAndNewerRatingsComeIn() {
        importInto(target, export(source, "first.isnad", List.of()));
        ClaimRecords there = new ClaimRecords(target, clock);
        there.edit(unrated.id(), "سيخلق الانسحاب فراغاً أمنياً في العراق", null, "omar");
        there.detach(articles.amiriClaim.spanId(), "omar");
        there.attach(articles.kimmittClaim.spanId(), unrated.id(), Stance.ASSERTS, "omar");
        ClaimRating newer = new ClaimRatings(source, records, sourceKeys, clock).rate(rated.id(), 1, 5, 1, "زائف",
                "نفاه المتحدث نفسه", List.of(), "nadia");

        ImportReport report = importInto(target, export(source, "second.isnad", List.of()));
        assertEquals(new ImportReport.Carried(0, 2, 1, 1, 0), report.carried());
        assertEquals("سيخلق الانسحاب فراغاً أمنياً في العراق", target.claims().find(unrated.id()).orElseThrow().statement(),
                "the statement here is kept");
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains(unrated.id()) && w.contains("was kept")), report.warnings().toString());
        assertEquals(new ClaimStance(rated.id(), articles.amiriClaim.spanId(), Stance.DENIES),
                target.claims().stanceOfSpan(articles.amiriClaim.spanId()).orElseThrow(), "the link missing here came back");
        assertEquals(unrated.id(), target.claims().stanceOfSpan(articles.kimmittClaim.spanId()).orElseThrow().claimId(),
                "the link made here stays");
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains(articles.kimmittClaim.spanId())), report.warnings().toString());
        assertEquals(newer, target.claims().rating(rated.id()).orElseThrow(), "the more recent rating wins");
        assertEquals(SignatureStatus.VALID, RatingSignatures.check(target.claims().find(rated.id()).orElseThrow(),
                target.claims().rating(rated.id()).orElseThrow(), sourceKeys::isTrusted).status());
    }

    @Test
    void aRatingChangedInTheBundleArrivesAsInvalidNotFixed() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(Bundles.entries(export(source, "all.isnad", List.of())));
        String claims = new String(entries.get(EntryNames.CLAIMS), StandardCharsets.UTF_8);
        String changed = claims.replace("\"value\" : 2", "\"value\" : 5").replace("\"label\" : \"غير صحيح في معظمه\"",
                "\"label\" : \"صحيح\"");
        assertFalse(claims.equals(changed));
        entries.put(EntryNames.CLAIMS, changed.getBytes(StandardCharsets.UTF_8));
        Path tampered = Bundles.writeWithManifest(stores.dir().resolve("tampered.isnad"), entries);

        BundlePreview preview = new BundleInterchange(() -> target, clock).preview(tampered, sourceKeys::isTrusted);
        assertEquals(SignatureStatus.INVALID, preview.claims().ratings().get(0).status());
        org.isnad.service.VerifyReport verified = new BundleInterchange(() -> target, clock).verify(tampered, sourceKeys::isTrusted);
        assertFalse(verified.ok());
        assertTrue(verified.problems().stream().anyMatch(p -> p.entry().contains(rated.id())
                && p.reason().contains("signature invalid")), verified.problems().toString());
        assertTrue(new BundleInterchange(() -> target, clock).verify(Bundles.writeWithManifest(stores.dir().resolve("intact.isnad"),
                new LinkedHashMap<>(Bundles.entries(export(source, "again.isnad", List.of())))), sourceKeys::isTrusted).ok(),
                "the rating as signed verifies");
        importInto(target, tampered);
        ClaimRating arrived = target.claims().rating(rated.id()).orElseThrow();
        assertEquals(5, arrived.value());
        assertEquals(rating.signature(), arrived.signature(), "the signature travels as it was");
        assertEquals(SignatureStatus.INVALID, RatingSignatures.check(target.claims().find(rated.id()).orElseThrow(), arrived,
                sourceKeys::isTrusted).status());
    }

    @Test
    void aLinkToASpanNeitherInTheBundleNorHereRefusesTheBundleAndChangesNothing() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(Bundles.entries(export(source, "amiri.isnad",
                List.of(articles.amiriClaim.documentId()))));
        String claims = new String(entries.get(EntryNames.CLAIMS), StandardCharsets.UTF_8);
        String withLink = claims.replace("\"stances\" : [", "\"stances\" : [ { \"spanId\" : \""
                + articles.kimmittClaim.spanId() + "\", \"stance\" : \"ASSERTS\" },");
        assertFalse(claims.equals(withLink));
        entries.put(EntryNames.CLAIMS, withLink.getBytes(StandardCharsets.UTF_8));
        Path bundle = Bundles.writeWithManifest(stores.dir().resolve("dangling.isnad"), entries);

        var before = StoreDump.of(stores.base("target"));
        InterchangeException e = assertThrows(InterchangeException.class, () -> importInto(target, bundle));
        assertTrue(e.getMessage().contains(rated.id()) && e.getMessage().contains(articles.kimmittClaim.spanId())
                && e.getMessage().contains("claims.json"), e.getMessage());
        assertEquals(before, StoreDump.of(stores.base("target")), "nothing of the bundle was written");

        // once the span is in the database (its article came in another bundle), the same bundle imports
        importInto(target, export(source, "kimmitt.isnad", List.of(articles.kimmittClaim.documentId())));
        importInto(target, bundle);
        assertEquals(2, target.claims().stancesOf(rated.id()).size());
    }

    @Test
    void aVersionTwoBundleStillImportsAndCannotSmuggleVersionThreeEntries() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(Bundles.entries(export(source, "all.isnad", List.of())));
        Map<String, byte[]> older = new LinkedHashMap<>(entries);
        older.keySet().removeIf(EntryNames::sinceVersion3);
        Path v2 = Bundles.writeWithManifest(stores.dir().resolve("v2.isnad"), older, 2);
        ImportReport report = importInto(target, v2);
        assertEquals(3, report.documents().size());
        assertEquals(ImportReport.Carried.NONE, report.carried());
        assertTrue(target.claims().summaries().isEmpty());
        assertNull(target.assignments().find(articles.kimmittClaim.documentId()).orElse(null));
        assertEquals(new HashSet<>(source.annotations().spansOf(source.annotations().setsOf(articles.amiriClaim.documentId())
                .get(0).id())), new HashSet<>(target.annotations().spansOf(target.annotations().setsOf(
                articles.amiriClaim.documentId()).get(0).id())));

        Path smuggled = Bundles.writeWithManifest(stores.dir().resolve("v2-with-claims.isnad"), entries, 2);
        InterchangeException e = assertThrows(InterchangeException.class, () -> importInto(stores.open("third"), smuggled));
        assertTrue(e.getMessage().contains("format version 3"), e.getMessage());
    }

    @Test
    void underKeepBothTheStanceFollowsItsSpanToItsNewId() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(Bundles.entries(export(source, "all.isnad", List.of())));
        Map<String, byte[]> withoutClaims = new LinkedHashMap<>(entries);
        withoutClaims.remove(EntryNames.CLAIMS);
        importInto(target, Bundles.writeWithManifest(stores.dir().resolve("no-claims.isnad"), withoutClaims));
        String doc = articles.kimmittClaim.documentId();
        org.isnad.service.AnnotationSession there = org.isnad.service.AnnotationSession.open(target, doc, "salma", clock);
        there.mark(org.isnad.domain.Layer.CUE, ClaimArticles.KIMMITT_TEXT.indexOf("قال"), ClaimArticles.KIMMITT_TEXT.indexOf("قال") + 3);

        ImportReport report = new BundleInterchange(() -> target, clock).importFile(ImportRequest.of(
                Bundles.writeWithManifest(stores.dir().resolve("all-again.isnad"), entries), "omar")
                .withConflictPolicy(ConflictPolicy.KEEP_BOTH), Progress.none());
        ImportReport.SetOutcome kept = report.documents().stream().filter(d -> d.documentId().equals(doc)).findFirst()
                .orElseThrow().sets().get(0);
        assertEquals(ImportReport.Result.KEPT_BOTH, kept.result());
        String newClaimSpan = target.annotations().spansOf(kept.setId()).stream()
                .filter(sp -> sp.layer() == org.isnad.domain.Layer.CLAIM).findFirst().orElseThrow().id();
        assertFalse(newClaimSpan.equals(articles.kimmittClaim.spanId()));
        assertEquals(new ClaimStance(rated.id(), newClaimSpan, Stance.ASSERTS), target.claims().stanceOfSpan(newClaimSpan).orElseThrow());
        assertTrue(target.claims().stanceOfSpan(articles.kimmittClaim.spanId()).isEmpty(),
                "the span kept here under its own id was not linked by the bundle's version");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "\"value\" : 2|\"value\" : 9|outside",
        "\"stance\" : \"DENIES\"|\"stance\" : \"DOUBTS\"|DOUBTS",
        "\"https://www.alhurra.com/iraq/2021/07/20/coalition\"|\"ftp://www.alhurra.com/iraq\"|ftp://www.alhurra.com/iraq"})
    void aBrokenClaimsEntryIsRefusedNamingItAndNothingIsWritten(String from, String to, String said) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(Bundles.entries(export(source, "all.isnad", List.of())));
        String claims = new String(entries.get(EntryNames.CLAIMS), StandardCharsets.UTF_8);
        assertTrue(claims.contains(from), claims);
        entries.put(EntryNames.CLAIMS, claims.replace(from, to).getBytes(StandardCharsets.UTF_8));
        Path bundle = Bundles.writeWithManifest(stores.dir().resolve("broken.isnad"), entries);
        var before = StoreDump.of(stores.base("target"));
        InterchangeException e = assertThrows(InterchangeException.class, () -> importInto(target, bundle));
        assertTrue(e.getMessage().contains("claims.json") && e.getMessage().contains(said), e.getMessage());
        assertEquals(before, StoreDump.of(stores.base("target")));
    }
}
