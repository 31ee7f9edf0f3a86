package org.isnad.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.isnad.message.Message;

/**
 * An imported article. Its text is stored exactly as imported (after BOM removal and line-ending
 * normalisation) and never changes afterwards: every offset in the program points into it.
 */
public record Document(
        String id,
        String title,
        String sourceUrl,
        String outlet,
        LocalDate publishedDate,
        String language,
        String text,
        String sha256,
        Instant importedAt) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    public static final int MAX_TITLE = 500;

    public Document {
        Ids.require(id, Message.of("domain.what.document"));
        if (text == null) {
            throw new DomainException(Message.of("domain.document.no.text", id));
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new DomainException(Message.of("domain.document.bad.hash", id, sha256));
        }
        if (title == null || title.isBlank()) {
            throw new DomainException(Message.of("domain.document.no.title", id));
        }
        if (title.length() > MAX_TITLE) {
            throw new DomainException(Message.of("domain.document.title.too.long", MAX_TITLE));
        }
        if (language == null || language.isBlank()) {
            language = "ar";
        }
        if (importedAt == null) {
            throw new DomainException(Message.of("domain.document.no.time", id));
        }
    }

    public int length() {
        return text.length();
    }

    /** A checked range of this document's text. */
    public void requireRange(int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new DomainException(Message.of("domain.document.bad.range", start, end, text.length()));
        }
    }
}
