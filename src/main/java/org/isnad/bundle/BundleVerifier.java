package org.isnad.bundle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isnad.message.Message;
import org.isnad.service.VerifyReport;

/**
 * Opens a bundle safely and runs every {@link BundleCheck} on it. {@code isnad verify} reports all
 * problems; import refuses on the first.
 */
final class BundleVerifier {
    private final BundleLimits limits;
    private final List<BundleCheck> checks;

    BundleVerifier(BundleLimits limits) {
        this(limits, List.of(new ZipDirectoryCheck(), new EntryHashCheck()));
    }

    /** The checks of {@code isnad verify}: hashes, and the sign-offs' signatures against the trusted keys. */
    static BundleVerifier withSignatures(BundleLimits limits, java.util.function.Predicate<String> trusted) {
        return new BundleVerifier(limits, List.of(new ZipDirectoryCheck(), new EntryHashCheck(),
                new SignatureCheck(limits, trusted)));
    }

    BundleVerifier(BundleLimits limits, List<BundleCheck> checks) {
        this.limits = limits;
        this.checks = List.copyOf(checks);
    }

    VerifyReport verify(Path file) {
        String name = file.toString();
        OpenedBundle bundle;
        try {
            bundle = open(file);
        } catch (BundleRefusal e) {
            return new VerifyReport(name, 0, List.of(new Finding(e.entry(), "structure", e.reason()).toProblem()));
        }
        List<Finding> problems = new ArrayList<>();
        for (BundleCheck check : checks) {
            check.check(bundle, problems);
        }
        return new VerifyReport(name, bundle.entries().size(), problems.stream().map(Finding::toProblem).toList());
    }

    /** Opens a bundle and refuses it on the first problem any check finds. */
    OpenedBundle openChecked(Path file) {
        OpenedBundle bundle = open(file);
        List<Finding> problems = new ArrayList<>();
        for (BundleCheck check : checks) {
            check.check(bundle, problems);
        }
        if (!problems.isEmpty()) {
            Finding first = problems.get(0);
            throw new BundleRefusal(first.entry(), problems.size() > 1
                    ? Message.of("bundle.verify.more", first.reason(), problems.size() - 1)
                    : first.reason());
        }
        return bundle;
    }

    private OpenedBundle open(Path file) {
        Map<String, byte[]> entries = SafeZipReader.read(file, limits);
        byte[] manifest = entries.get(EntryNames.MANIFEST);
        if (manifest == null) {
            throw new BundleRefusal(EntryNames.MANIFEST, Message.of("bundle.manifest.missing", file.getFileName()));
        }
        return new OpenedBundle(file, entries, BundleManifest.parse(manifest, limits));
    }
}
