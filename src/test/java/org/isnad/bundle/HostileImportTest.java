package org.isnad.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Document;
import org.isnad.domain.DomainException;
import org.isnad.service.DocumentSummary;
import org.isnad.service.ExportRequest;
import org.isnad.service.ImportOptions;
import org.isnad.service.ImportRequest;
import org.isnad.service.InterchangeException;
import org.isnad.service.InterchangeFormat;
import org.isnad.service.Library;
import org.isnad.service.Progress;
import org.isnad.store.H2Store;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.TempStores;
import org.isnad.text.ImportedText;
import org.isnad.text.TextDecodingException;
import org.isnad.text.TextHash;

/**
 * Issue 6, point 3: hostile input on every import path ({@code .txt}, {@code .isnad}, brat, W3C).
 * Valid exports of a real annotated article are mutated (see {@link Mutations}); each mutated input
 * must be either refused with a plain message (InterchangeException, TextDecodingException or
 * DomainException, non-empty) with the database exactly as before (StoreDump), or imported
 * correctly (the stored texts match their hashes, every span fits its text and every link joins two
 * spans of its set). Any other exception fails the property. Seeded: the same cases every run.
 */
class HostileImportTest {
    static final String SEED = "20240924";
    static Path dir;
    static H2Store target;
    static Path targetBase;
    static Map<String, byte[]> bundle;
    static String bratAnn;
    static byte[] bratTxt;
    static String w3cJson;
    static final AtomicInteger refused = new AtomicInteger();
    static final AtomicInteger imported = new AtomicInteger();
    static final AtomicInteger cases = new AtomicInteger();

    @BeforeContainer
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("isnad-hostile");
        try (H2Store source = H2Store.open(TempStores.at(dir, "source"))) {
            Fixture.populate(source);
            BundleInterchange out = new BundleInterchange(() -> source, Fixture.CLOCK);
            Path isnad = dir.resolve("good.isnad");
            out.export(new ExportRequest(List.of(), InterchangeFormat.ISNAD, isnad, true, "layla"), Progress.none());
            bundle = Bundles.entries(isnad);
            Path brat = dir.resolve("brat");
            out.export(new ExportRequest(List.of(), InterchangeFormat.BRAT, brat, false, "layla"), Progress.none());
            try (Stream<Path> files = Files.list(brat)) {
                Path ann = files.filter(f -> f.toString().endsWith(".ann")).sorted().findFirst().orElseThrow();
                bratAnn = Files.readString(ann, StandardCharsets.UTF_8);
                bratTxt = Files.readAllBytes(BratReader.textBeside(ann));
            }
            Path w3c = dir.resolve("good.json");
            out.export(new ExportRequest(List.of(), InterchangeFormat.W3C, w3c, false, "layla"), Progress.none());
            w3cJson = Files.readString(w3c, StandardCharsets.UTF_8);
        }
        target = H2Store.open(TempStores.at(dir, "target"));
        targetBase = TempStores.at(dir, "target");
        new Library(target, Fixture.CLOCK).importText("نص آخر في قاعدة البيانات.", "other", ImportOptions.none(), "sara");
        target.close();
        Files.copy(dir.resolve("target/isnad.mv.db"), dir.resolve("pristine.mv.db"));
        target = H2Store.open(TempStores.at(dir, "target"));
    }

    /** Imports that succeed make the database grow, and every case dumps it twice: start again from the pristine copy now and then. */
    static void resetWhenGrown() throws IOException {
        if (target.documents().count() > 6) {
            target.close();
            Files.copy(dir.resolve("pristine.mv.db"), dir.resolve("target/isnad.mv.db"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            target = H2Store.open(TempStores.at(dir, "target"));
        }
    }

    @AfterContainer
    static void tearDown() throws IOException {
        target.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        System.out.printf("hostile input: %d cases, %d refused with a message and the database unchanged, %d imported%n",
                cases.get(), refused.get(), imported.get());
    }

    // ------------------------------------------------------------------ the rule every case must keep

    interface Import {
        void run() throws IOException;
    }

    /** Refused with a plain message and nothing changed, or imported and the database is consistent. */
    static void refusedOrImported(Import work) throws IOException {
        cases.incrementAndGet();
        resetWhenGrown();
        var before = StoreDump.of(targetBase);
        try {
            work.run();
        } catch (InterchangeException | TextDecodingException | DomainException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a refusal says why: " + e);
            assertFalse(e.getMessage().contains("Exception"), "a refusal speaks plainly: " + e.getMessage());
            assertEquals(before, StoreDump.of(targetBase), "refused (" + e.getMessage() + ") but the database changed");
            refused.incrementAndGet();
            return;
        }
        imported.incrementAndGet();
        assertConsistent();
    }

    /** Every stored text matches its hash, every span fits its text, every link joins two spans of its set. */
    static void assertConsistent() {
        for (DocumentSummary summary : target.documents().summaries()) {
            Document doc = target.documents().find(summary.id()).orElseThrow();
            assertEquals(doc.sha256(), TextHash.sha256Hex(doc.text()), "the stored text matches its hash");
            for (AnnotationSetInfo info : target.annotations().setsOf(doc.id())) {
                AnnotationSet set = new AnnotationSet(info, doc.text());
                target.annotations().spansOf(info.id()).forEach(set::addSpan);
                target.annotations().linksOf(info.id()).forEach(set::addLink);
            }
        }
    }

    static Path write(String name, byte[] bytes) {
        try {
            Path folder = Files.createTempDirectory(dir, "case");
            return Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BundleInterchange interchange() {
        return new BundleInterchange(() -> target, Fixture.CLOCK);
    }

    static final int LEN = Kimmitt.FROM_A_FILE_STORED.length();
    static final int CPS = Kimmitt.FROM_A_FILE_STORED.codePointCount(0, Kimmitt.FROM_A_FILE_STORED.length());

    // ------------------------------------------------------------------ .txt

    @Property(tries = 250, seed = SEED, shrinking = ShrinkingMode.BOUNDED)
    void aMutatedTextFileIsRefusedOrImportedAsItIs(@ForAll("byteMutations") List<Mutations.ByteMutation> mutations) throws IOException {
        byte[] bytes = Kimmitt.FROM_A_FILE.getBytes(StandardCharsets.UTF_8);
        for (Mutations.ByteMutation m : mutations) {
            bytes = m.apply(bytes);
        }
        byte[] input = bytes;
        refusedOrImported(() -> {
            var result = new Library(target, Fixture.CLOCK).importFile(input, "article.txt", ImportOptions.none(), "omar");
            // imported: exactly the decoded, normalised text
            assertEquals(ImportedText.normalize(ImportedText.decode(input)), result.document().text());
        });
    }

    @Provide
    Arbitrary<List<Mutations.ByteMutation>> byteMutations() {
        return Mutations.bytes().list().ofMinSize(1).ofMaxSize(4);
    }

    // ------------------------------------------------------------------ .isnad

    interface BundleMutation {
        byte[] apply(Map<String, byte[]> entries) throws IOException;
    }

    static List<String> names(Map<String, byte[]> entries) {
        return new ArrayList<>(entries.keySet());
    }

    static String pick(List<String> names, double at) {
        return names.get(Math.min(names.size() - 1, (int) (names.size() * at)));
    }

    record Reorder(long seed) implements BundleMutation {
        public byte[] apply(Map<String, byte[]> entries) {
            List<String> order = names(entries);
            Collections.shuffle(order, new Random(seed));
            Map<String, byte[]> shuffled = new LinkedHashMap<>();
            order.forEach(n -> shuffled.put(n, entries.get(n)));
            return NativeBundleWriter.zip(shuffled);
        }
    }

    /** A second entry of the same name: the zip writer refuses that, so write a twin and rename it in the bytes. */
    record DuplicateEntry(double at) implements BundleMutation {
        public byte[] apply(Map<String, byte[]> entries) {
            String name = pick(names(entries), at);
            String twin = "~".repeat(name.length());
            Map<String, byte[]> all = new LinkedHashMap<>(entries);
            all.put(twin, entries.get(name));
            byte[] zip = NativeBundleWriter.zip(all);
            byte[] from = twin.getBytes(StandardCharsets.UTF_8);
            byte[] to = name.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i + from.length <= zip.length; i++) {
                if (java.util.Arrays.equals(zip, i, i + from.length, from, 0, from.length)) {
                    System.arraycopy(to, 0, zip, i, Math.min(to.length, from.length));
                }
            }
            return zip;
        }
    }

    record DropEntry(double at) implements BundleMutation {
        public byte[] apply(Map<String, byte[]> entries) {
            Map<String, byte[]> all = new LinkedHashMap<>(entries);
            all.remove(pick(names(entries), at));
            return NativeBundleWriter.zip(all);
        }
    }

    static final List<String> HOSTILE_NAMES = List.of("../evil.json", "/etc/cron.d/isnad", "documents\\1\\text.txt",
            "documents/1/sets/../../../x.json", "x".repeat(300), "documents/1/sets/\u0000.json", "documents/١/text.txt",
            "documents/1/", "C:/windows/evil.json", "documents/1/sets/1.json/");

    record RenameEntry(double at, String to, boolean freshManifest) implements BundleMutation {
        public byte[] apply(Map<String, byte[]> entries) throws IOException {
            String name = pick(names(entries), at);
            Map<String, byte[]> all = new LinkedHashMap<>();
            entries.forEach((n, b) -> all.put(n.equals(name) ? to : n, b));
            return freshManifest ? Files.readAllBytes(Bundles.writeWithManifest(Files.createTempFile(dir, "b", ".isnad"), all))
                    : NativeBundleWriter.zip(all);
        }
    }

    record ChangeJsonEntry(double at, Mutations.JsonMutation change, boolean freshManifest) implements BundleMutation {
        public byte[] apply(Map<String, byte[]> entries) throws IOException {
            List<String> json = names(entries).stream().filter(n -> n.endsWith(".json")).toList();
            String name = pick(json, at);
            Map<String, byte[]> all = new LinkedHashMap<>(entries);
            all.put(name, change.apply(new String(entries.get(name), StandardCharsets.UTF_8), LEN, CPS)
                    .getBytes(StandardCharsets.UTF_8));
            return freshManifest ? Files.readAllBytes(Bundles.writeWithManifest(Files.createTempFile(dir, "b", ".isnad"), all))
                    : NativeBundleWriter.zip(all);
        }
    }

    record ChangeEntryBytes(double at, Mutations.ByteMutation change, boolean freshManifest) implements BundleMutation {
        public byte[] apply(Map<String, byte[]> entries) throws IOException {
            String name = pick(names(entries), at);
            Map<String, byte[]> all = new LinkedHashMap<>(entries);
            all.put(name, change.apply(entries.get(name)));
            return freshManifest ? Files.readAllBytes(Bundles.writeWithManifest(Files.createTempFile(dir, "b", ".isnad"), all))
                    : NativeBundleWriter.zip(all);
        }
    }

    record ChangeZipBytes(Mutations.ByteMutation change) implements BundleMutation {
        public byte[] apply(Map<String, byte[]> entries) {
            return change.apply(NativeBundleWriter.zip(entries));
        }
    }

    @Provide
    Arbitrary<BundleMutation> bundleMutations() {
        Arbitrary<Double> at = Mutations.fraction();
        Arbitrary<Boolean> fresh = Arbitraries.of(true, true, false);
        return Arbitraries.oneOf(
                Arbitraries.longs().map(Reorder::new),
                at.map(DuplicateEntry::new),
                at.map(DropEntry::new),
                Combinators.combine(at, Arbitraries.of(HOSTILE_NAMES), fresh).as(RenameEntry::new),
                Combinators.combine(at, Mutations.json(), fresh).as(ChangeJsonEntry::new),
                Combinators.combine(at, Mutations.json(), fresh).as(ChangeJsonEntry::new),
                Combinators.combine(at, Mutations.bytes(), fresh).as(ChangeEntryBytes::new),
                Mutations.bytes().map(ChangeZipBytes::new));
    }

    @Property(tries = 250, seed = SEED, shrinking = ShrinkingMode.BOUNDED)
    void aMutatedBundleIsRefusedOrImportedWhole(@ForAll("bundleMutations") BundleMutation mutation) throws IOException {
        Path file = write("work.isnad", mutation.apply(bundle));
        refusedOrImported(() -> interchange().importFile(ImportRequest.of(file, "omar"), Progress.none()));
    }

    // ------------------------------------------------------------------ brat and W3C: a text file and its companion

    /** A case being built: the annotation file as text (line or JSON changes), byte changes to apply last, and the text file. */
    static final class Pair {
        String annotations;
        final List<Mutations.ByteMutation> raw = new ArrayList<>();
        byte[] text;

        Pair(String annotations, byte[] text) {
            this.annotations = annotations;
            this.text = text;
        }

        byte[] annotationBytes() {
            byte[] bytes = annotations.getBytes(StandardCharsets.UTF_8);
            for (Mutations.ByteMutation m : raw) {
                bytes = m.apply(bytes);
            }
            return bytes;
        }
    }

    interface PairMutation {
        void apply(Pair pair);
    }

    record ChangeLines(Mutations.LineMutation m) implements PairMutation {
        public void apply(Pair p) {
            p.annotations = m.apply(p.annotations, LEN, CPS);
        }
    }

    record ChangeJson(Mutations.JsonMutation m) implements PairMutation {
        public void apply(Pair p) {
            p.annotations = m.apply(p.annotations, LEN, CPS);
        }
    }

    record ChangeAnnotationBytes(Mutations.ByteMutation m) implements PairMutation {
        public void apply(Pair p) {
            p.raw.add(m);
        }
    }

    record ChangeTextBytes(Mutations.ByteMutation m) implements PairMutation {
        public void apply(Pair p) {
            p.text = m.apply(p.text);
        }
    }

    @Provide
    Arbitrary<List<PairMutation>> bratMutations() {
        return Arbitraries.<PairMutation>oneOf(
                Mutations.lines().map(ChangeLines::new),
                Mutations.lines().map(ChangeLines::new),
                Mutations.bytes().map(ChangeAnnotationBytes::new),
                Mutations.bytes().map(ChangeTextBytes::new)).list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 250, seed = SEED, shrinking = ShrinkingMode.BOUNDED)
    void aMutatedBratFileIsRefusedOrImported(@ForAll("bratMutations") List<PairMutation> mutations)
            throws IOException {
        Pair pair = new Pair(bratAnn, bratTxt);
        mutations.forEach(m -> m.apply(pair));
        Path annFile = write("article.ann", pair.annotationBytes());
        Files.write(BratReader.textBeside(annFile), pair.text);
        refusedOrImported(() -> interchange().importFile(ImportRequest.of(annFile, "omar"), Progress.none()));
    }

    @Provide
    Arbitrary<List<PairMutation>> w3cMutations() {
        return Arbitraries.<PairMutation>oneOf(
                Mutations.json().map(ChangeJson::new),
                Mutations.json().map(ChangeJson::new),
                Mutations.bytes().map(ChangeAnnotationBytes::new),
                Mutations.bytes().map(ChangeTextBytes::new)).list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 250, seed = SEED, shrinking = ShrinkingMode.BOUNDED)
    void aMutatedWebAnnotationFileIsRefusedOrImported(@ForAll("w3cMutations") List<PairMutation> mutations) throws IOException {
        Pair pair = new Pair(w3cJson, Kimmitt.FROM_A_FILE_STORED.getBytes(StandardCharsets.UTF_8));
        mutations.forEach(m -> m.apply(pair));
        Path jsonFile = write("work.json", pair.annotationBytes());
        Path textFile = Files.write(jsonFile.resolveSibling("article.txt"), pair.text);
        refusedOrImported(() -> interchange().importFile(ImportRequest.of(jsonFile, "omar").withText(textFile), Progress.none()));
    }
}
