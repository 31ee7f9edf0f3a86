package org.isnad.bundle;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.isnad.domain.AnnotationSet;
import org.isnad.message.Message;
import org.isnad.service.ExportReport;
import org.isnad.service.ExportRequest;
import org.isnad.service.ImportReport;
import org.isnad.service.ImportRequest;
import org.isnad.service.ClaimReviewBatch;
import org.isnad.service.ClaimReviewReport;
import org.isnad.service.ClaimReviewRequest;
import org.isnad.service.ClaimReviews;
import org.isnad.service.Interchange;
import org.isnad.service.InterchangeException;
import org.isnad.service.InterchangeFormat;
import org.isnad.service.Progress;
import org.isnad.service.Repositories;
import org.isnad.service.VerifyReport;

/**
 * The {@link Interchange} of the bundle package: exports are built in memory and written only when
 * complete (through a temporary file and a rename), imports are read and checked completely before
 * one transaction writes them.
 */
public final class BundleInterchange implements Interchange {
    private final Supplier<Repositories> repositories;
    private final Clock clock;
    private final BundleLimits limits;

    public BundleInterchange(Supplier<Repositories> repositories, Clock clock) {
        this(repositories, clock, BundleLimits.DEFAULT);
    }

    public BundleInterchange(Supplier<Repositories> repositories, Clock clock, BundleLimits limits) {
        this.repositories = repositories;
        this.clock = clock;
        this.limits = limits;
    }

    @Override
    public ExportReport export(ExportRequest request, Progress progress) {
        // a bundle carries the audit trail when asked; W3C reads each annotation's times from it
        StoredWork work = StoredWork.load(repositories.get(), request.documentIds(),
                request.withAudit() && request.format() == InterchangeFormat.ISNAD || request.format() == InterchangeFormat.W3C,
                progress);
        progress.checkCancelled();
        Map<Path, byte[]> files = new LinkedHashMap<>();
        Path out = request.out();
        switch (request.format()) {
            case ISNAD -> files.put(out, NativeBundleWriter.write(work, request.withAudit(), creator(request.user()),
                    clock.instant().truncatedTo(ChronoUnit.SECONDS), progress));
            case W3C -> files.put(out, WebAnnotationWriter.write(work));
            case CSV -> files.put(out, AttributionCsv.write(work));
            case BRAT -> bratFiles(work, out, files);
        }
        progress.checkCancelled();
        Steps.report(progress, work.documents().size(), work.documents().size() + 1L, Steps.writing());
        if (request.format() == InterchangeFormat.BRAT) {
            createFolder(out);
        }
        for (Map.Entry<Path, byte[]> f : files.entrySet()) {
            writeWhole(f.getKey(), f.getValue());
        }
        Steps.report(progress, work.documents().size() + 1L, work.documents().size() + 1L, Steps.done());
        return new ExportReport(request.format(), List.copyOf(files.keySet()), work.documents().size(), work.setCount(),
                work.spanCount(), work.linkCount());
    }

    /** {@code NAME.txt} and {@code NAME.ann} per annotation set; NAME is the document id, with {@code -2}, {@code -3} … for further sets. */
    private static void bratFiles(StoredWork work, Path folder, Map<Path, byte[]> files) {
        Set<String> used = new HashSet<>();
        for (StoredWork.Item item : work.documents()) {
            String base = item.document().id().replaceAll("[^A-Za-z0-9._-]", "_");
            if (base.startsWith(".")) {
                base = "_" + base;
            }
            List<AnnotationSet> sets = item.sets();
            int count = Math.max(1, sets.size());
            for (int i = 0; i < count; i++) {
                String name = i == 0 ? base : base + "-" + (i + 1);
                while (!used.add(name)) {
                    name = name + "_";
                }
                files.put(folder.resolve(name + ".txt"), BratWriter.text(item.document().text()));
                files.put(folder.resolve(name + ".ann"), sets.isEmpty() ? new byte[0] : BratWriter.ann(sets.get(i), work.actors()));
            }
        }
    }

    @Override
    public ClaimReviewReport exportClaimReviews(ClaimReviewRequest request) {
        ClaimReviewBatch batch = new ClaimReviews(repositories.get()).batch(request.claimIds());
        writeWhole(request.out(), ClaimReviewJsonLd.write(batch));
        return new ClaimReviewReport(request.out(), batch.entries().size(), batch.leftOut(), ClaimReviewReport.withoutUrl(batch));
    }

    @Override
    public ImportReport importFile(ImportRequest request, Progress progress) {
        InterchangeFormat format = request.format() != null ? request.format()
                : InterchangeFormat.ofFileName(request.file()).orElseThrow(() -> new InterchangeException(
                Message.of("bundle.import.unknownFormat", request.file().getFileName())));
        Steps.report(progress, 0, 3, Steps.reading(request.file().getFileName()));
        IncomingWork work = switch (format) {
            case ISNAD -> new NativeBundleReader(limits).read(request.file());
            case BRAT -> new BratReader(repositories.get(), clock).read(request.file(), request.documentOptions(), request.user());
            case W3C -> new WebAnnotationReader(repositories.get(), clock, limits).read(request.file(), request.text(),
                    request.documentOptions(), request.user());
            case CSV -> throw new InterchangeException(Message.of("bundle.import.csv"));
        };
        progress.checkCancelled();
        return new ImportWriter(repositories.get(), clock).write(work, format, request.onConflict(), request.user(),
                request.file().getFileName().toString(), progress);
    }

    @Override
    public VerifyReport verify(Path bundle, java.util.function.Predicate<String> trustedKey) {
        return BundleVerifier.withSignatures(limits, trustedKey).verify(bundle);
    }

    @Override
    public org.isnad.service.BundlePreview preview(Path bundle, java.util.function.Predicate<String> trustedKey) {
        return new BundlePreviewReader(limits).preview(bundle, trustedKey);
    }

    private static String creator(String user) {
        return user == null || user.isBlank() ? "unknown" : user;
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new InterchangeException(Message.of("bundle.export.folder", folder, e.getMessage()), e);
        }
    }

    /** Writes to a temporary file beside the target and renames it, so a reader never sees half a file. */
    private static void writeWhole(Path target, byte[] bytes) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InterchangeException(Message.of("bundle.export.noFolder", target, folder));
        }
        if (Files.isDirectory(target)) {
            throw new InterchangeException(Message.of("bundle.export.isFolder", target));
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, ".isnad-export-", ".part");
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new InterchangeException(Message.of("bundle.export.failed", target, e.getMessage()), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the export itself succeeded or already failed with the better message
                }
            }
        }
    }
}
