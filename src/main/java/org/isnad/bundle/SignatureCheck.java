package org.isnad.bundle;

import java.util.List;
import java.util.function.Predicate;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.SignOff;
import org.isnad.message.Message;
import org.isnad.service.signing.RatingCheck;
import org.isnad.service.signing.RatingSignatures;
import org.isnad.service.signing.SignOffCheck;
import org.isnad.service.signing.SignatureStatus;
import org.isnad.service.signing.SignOffVerifier;

/**
 * Checks the sign-off in force on every annotation set of a bundle: the signature must be valid
 * for exactly the annotations and verdicts the bundle carries, and made by a trusted key; and the
 * signature of every claim rating the bundle carries, against the record's statement in the bundle.
 */
final class SignatureCheck implements BundleCheck {
    private final BundleLimits limits;
    private final Predicate<String> trusted;

    SignatureCheck(BundleLimits limits, Predicate<String> trusted) {
        this.limits = limits;
        this.trusted = trusted;
    }

    @Override
    public String name() {
        return "signature";
    }

    @Override
    public void check(OpenedBundle bundle, List<Finding> problems) {
        if (!problems.isEmpty()) {
            // what was signed is only known once the entries are intact; the hash problems say what is wrong
            return;
        }
        IncomingWork work;
        try {
            work = new NativeBundleReader(limits).read(bundle);
        } catch (BundleRefusal e) {
            problems.add(new Finding(e.entry(), name(), Message.of("bundle.signature.unchecked", e.reason())));
            return;
        }
        for (IncomingWork.Incoming in : work.documents()) {
            for (AnnotationSet set : in.sets()) {
                for (SignOff signOff : in.signOffsOf(set.id())) {
                    if (signOff.superseded()) {
                        continue;
                    }
                    SignOffCheck result = SignOffVerifier.check(signOff, in.document().sha256(), set, trusted);
                    if (!result.valid()) {
                        // the check's own sentence starts with what went wrong ("unknown key: …",
                        // "signature invalid: …"): the status is not put before it a second time
                        problems.add(new Finding(in.origin() + " (set " + set.id() + ")", name(),
                                Message.of("bundle.cause", result.message())));
                    }
                }
            }
        }
        for (CarriedClaim claim : work.claims()) {
            if (claim.rating() != null) {
                RatingCheck result = RatingSignatures.check(claim.record(), claim.rating(), trusted);
                if (result.status() != SignatureStatus.VALID) {
                    problems.add(new Finding(EntryNames.CLAIMS + " (claim record " + claim.id() + ")", name(),
                            Message.of("bundle.cause", result.message())));
                }
            }
        }
    }
}
