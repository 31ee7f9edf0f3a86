package org.isnad.suggest;

/** Agreement read off a cue's inflection («قال» / «قالت» / «قالوا»), used to pick the previous speaker. */
enum Gender {
    MASCULINE, FEMININE, PLURAL, DUAL, UNKNOWN;

    /** Whether a cue in this form can continue a speaker introduced with {@code earlier}. */
    boolean agreesWith(Gender earlier) {
        if (this == UNKNOWN || earlier == UNKNOWN || this == earlier) {
            return true;
        }
        // non-human plurals («مصادر», «الوزارات») take feminine singular verbs
        return this == FEMININE && earlier == PLURAL;
    }
}
