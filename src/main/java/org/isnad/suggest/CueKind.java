package org.isnad.suggest;

/** How a cue attaches to its speaker and its content. */
enum CueKind {
    /** a finite verb of saying or belief: «قال»، «يعتقد»; speaker after it (or before it) */
    VERB,
    /** a circumstantial participle: «قائلاً»، «مضيفاً»، «مشيراً إلى أن»; speaker is the clause's subject */
    PARTICIPLE,
    /** a verbal noun naming the inner source's saying: «عن مصادر قولها إن» */
    VERBAL_NOUN,
    /** passive or impersonal: «قيل إن»، «يُذكر أن»; no speaker */
    IMPERSONAL,
    /** «جاء في البيان أن»، «ورد في التقرير»: the document is the speaker */
    SOURCE_VERB,
    /** «بحسب»، «وفقاً لـ»، «نقلاً عن»، «حسبما»: the source comes after the cue, the content before or after */
    ACCORDING_TO,
    /** «على حد قوله»: content before, the speaker is the one already talking */
    AS_SAID
}
