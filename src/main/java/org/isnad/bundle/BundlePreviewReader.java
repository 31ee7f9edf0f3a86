package org.isnad.bundle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.SignOff;
import org.isnad.service.BundlePreview;
import org.isnad.service.InterchangeException;
import org.isnad.service.signing.RatingSignatures;
import org.isnad.service.signing.SignOffVerifier;

/**
 * A bundle read with every check an import makes, but written nowhere: the preview that the
 * window shows before importing a bundle opened from the file manager or the command line. It counts
 * the claim records, their linked spans, ratings (each with its signature checked against the record as
 * the bundle carries it) and assignments too; whether a linked span missing from the bundle exists in the
 * database is only known on import.
 */
final class BundlePreviewReader {
    private final BundleLimits limits;

    BundlePreviewReader(BundleLimits limits) {
        this.limits = limits;
    }

    BundlePreview preview(Path file, Predicate<String> trustedKey) {
        String name = String.valueOf(file.getFileName());
        IncomingWork work;
        try {
            work = new NativeBundleReader(limits).read(file);
        } catch (InterchangeException e) {
            return new BundlePreview(name, List.of(), e.getMessage());
        }
        List<BundlePreview.DocumentPreview> documents = new ArrayList<>();
        for (IncomingWork.Incoming incoming : work.documents()) {
            List<BundlePreview.SetPreview> sets = new ArrayList<>();
            for (AnnotationSet set : incoming.sets()) {
                List<BundlePreview.SignOffPreview> signOffs = new ArrayList<>();
                for (SignOff signOff : incoming.signOffsOf(set.id())) {
                    signOffs.add(new BundlePreview.SignOffPreview(signOff.reviewer(), signOff.signedAt(), signOff.superseded(),
                            SignOffVerifier.check(signOff, incoming.document().sha256(), set, trustedKey).status()));
                }
                sets.add(new BundlePreview.SetPreview(set.info().annotator(), set.info().state().name(), set.spans().size(),
                        set.links().size(), signOffs));
            }
            org.isnad.domain.Assignment a = incoming.assignment();
            documents.add(new BundlePreview.DocumentPreview(incoming.document().title(), incoming.document().outlet(),
                    incoming.document().text().length(), sets, a == null ? null
                    : new BundlePreview.AssignmentPreview(a.analysts(), a.curator())));
        }
        List<BundlePreview.RatingPreview> ratings = new ArrayList<>();
        for (CarriedClaim c : work.claims()) {
            if (c.rating() != null) {
                ratings.add(new BundlePreview.RatingPreview(c.record().statement(), c.rating().label(), c.rating().reviewer(),
                        c.rating().ratedAt(), RatingSignatures.check(c.record(), c.rating(), trustedKey).status()));
            }
        }
        return new BundlePreview(name, documents, null, new BundlePreview.ClaimsPreview(work.claims().size(),
                work.stanceCount(), ratings));
    }
}
