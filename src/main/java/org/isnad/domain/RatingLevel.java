package org.isnad.domain;

import org.isnad.message.Message;

/** One step of the organisation's rating scale: a value with its label in Arabic and English (صحيح / True). */
public record RatingLevel(int value, String labelArabic, String labelEnglish) {
    public RatingLevel {
        labelArabic = Actor.blankToNull(labelArabic);
        labelEnglish = Actor.blankToNull(labelEnglish);
        if (labelArabic == null || labelEnglish == null) {
            throw new DomainException(Message.of("domain.rating.level.labels", value));
        }
    }

    /** Whether a given label names this level, in either language (case and spaces aside). */
    public boolean named(String label) {
        String l = label == null ? "" : label.strip();
        return l.equals(labelArabic) || l.equalsIgnoreCase(labelEnglish);
    }
}
