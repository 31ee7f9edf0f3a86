package org.isnad.ui.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.isnad.domain.Verdict;
import org.isnad.ui.language.UiText;

/** A verdict in the window's words: "Rejected by omar: «…»", "Not reviewed yet". */
public final class VerdictWords {
    private VerdictWords() {
    }

    public static String of(UiText text, Optional<Verdict> verdict) {
        if (verdict.isEmpty()) {
            return text.get("review.verdict.none");
        }
        Verdict v = verdict.get();
        String said = text.format("review.verdict." + v.kind().key(), v.reviewer());
        return v.comment() == null ? said : text.format("review.verdict.with.comment", said, v.comment());
    }

    /** The verdict's words, followed by a warning when it is stale (the annotation changed after it). */
    public static String of(UiText text, Optional<Verdict> verdict, boolean stale) {
        String words = of(text, verdict);
        return stale && verdict.isPresent() ? words + " " + text.get("review.verdict.stale") : words;
    }

    /**
     * A time as the window shows it, in the computer's time zone, with the month in words: an ISO
     * date such as 2026-11-29 is drawn reversed inside right-to-left text, "29 نوفمبر 2026" is not.
     */
    public static String when(UiText text, java.time.Instant at) {
        return text.digits(DateTimeFormatter.ofPattern(text.get("review.time.pattern"), text.locale()).format(at.atZone(ZoneId.systemDefault())));
    }
}
