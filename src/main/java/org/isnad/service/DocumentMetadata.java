package org.isnad.service;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.isnad.domain.DomainException;
import org.isnad.domain.Document;
import org.isnad.message.Message;

/**
 * What an analyst may change about an article after import: everything but its text, which every
 * offset points into. Blank outlet, URL and date mean "not known"; each tag is kept once (they are stored sorted).
 */
public record DocumentMetadata(String title, String outlet, String sourceUrl, LocalDate publishedDate,
                               String language, List<String> tags) {
    public static final int MAX_TAG = 100;
    public static final int MAX_FIELD = 2000;

    public DocumentMetadata {
        if (title == null || title.isBlank()) {
            throw new DomainException(Message.of("service.metadata.no.title"));
        }
        title = title.strip();
        if (title.length() > Document.MAX_TITLE) {
            throw new DomainException(Message.of("domain.document.title.too.long", Document.MAX_TITLE));
        }
        outlet = checked("outlet", outlet);
        sourceUrl = checked("url", sourceUrl);
        language = language == null || language.isBlank() ? "ar" : language.strip();
        if (!language.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*")) {
            throw new DomainException(Message.of("service.metadata.bad.language", language));
        }
        Set<String> unique = new LinkedHashSet<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            String t = tag == null ? "" : tag.strip();
            if (t.isEmpty()) {
                throw new DomainException(Message.of("service.metadata.empty.tag"));
            }
            if (t.length() > MAX_TAG) {
                throw new DomainException(Message.of("service.metadata.tag.too.long", t.substring(0, 20), MAX_TAG));
            }
            unique.add(t);
        }
        tags = List.copyOf(unique);
    }

    /** The metadata a document has now, with the given tags. */
    public static DocumentMetadata of(Document document, List<String> tags) {
        return new DocumentMetadata(document.title(), document.outlet(), document.sourceUrl(), document.publishedDate(),
                document.language(), tags);
    }

    public DocumentMetadata withTitle(String value) {
        return new DocumentMetadata(value, outlet, sourceUrl, publishedDate, language, tags);
    }

    public DocumentMetadata withOutlet(String value) {
        return new DocumentMetadata(title, value, sourceUrl, publishedDate, language, tags);
    }

    public DocumentMetadata withSourceUrl(String value) {
        return new DocumentMetadata(title, outlet, value, publishedDate, language, tags);
    }

    public DocumentMetadata withPublishedDate(LocalDate value) {
        return new DocumentMetadata(title, outlet, sourceUrl, value, language, tags);
    }

    public DocumentMetadata withLanguage(String value) {
        return new DocumentMetadata(title, outlet, sourceUrl, publishedDate, value, tags);
    }

    public DocumentMetadata withTags(List<String> value) {
        return new DocumentMetadata(title, outlet, sourceUrl, publishedDate, language, value);
    }

    private static String checked(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_FIELD) {
            throw new DomainException(Message.of("service.metadata.too.long", field, MAX_FIELD));
        }
        return v;
    }
}
