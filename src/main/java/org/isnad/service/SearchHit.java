package org.isnad.service;

import org.isnad.domain.Layer;

/**
 * One occurrence of a word or phrase. {@code start}/{@code end} are UTF-16 offsets into the stored
 * text of document {@code doc}, and {@code text} is exactly the stored text between them;
 * {@code context} is the stored text around it, of which {@code text} begins at {@code contextStart}.
 * {@code layer}, {@code spanId} and {@code actor} are null for a hit in the plain text.
 */
public record SearchHit(
        String doc,
        String title,
        Layer layer,
        String spanId,
        int start,
        int end,
        String text,
        String context,
        int contextStart,
        String actor,
        float score) {
}
