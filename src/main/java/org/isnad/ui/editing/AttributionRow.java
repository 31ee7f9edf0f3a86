package org.isnad.ui.editing;

/** One row of the attributions table: a quote with who said it, how it was introduced and what it claims. */
public record AttributionRow(String quoteId, int start, String speaker, String cue, String quote, String type, String claims) {
}
