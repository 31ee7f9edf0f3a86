package org.isnad.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.Document;
import org.isnad.domain.DomainException;
import org.isnad.domain.Ids;
import org.isnad.message.Message;
import org.isnad.text.BidiControls;
import org.isnad.text.ImportedText;
import org.isnad.text.TextHash;

/**
 * The analyst's collection of articles: importing text files and pasted text, listing them. A text
 * that is already there (same SHA-256 of its stored text) is not imported twice.
 */
public final class Library {
    /** The largest article accepted, in UTF-16 code units of stored text: {@link ImportLimits#MAX_TEXT_CHARS}. */
    public static final int MAX_TEXT_CHARS = ImportLimits.MAX_TEXT_CHARS;
    private static final String CLIPBOARD = "clipboard";
    private static final int MAX_TITLE_FROM_TEXT = 200;

    private final Repositories repositories;
    private final Clock clock;

    public Library(Repositories repositories, Clock clock) {
        this.repositories = repositories;
        this.clock = clock;
    }

    /**
     * Imports a UTF-8 text file: its size is checked before it is read ({@link ImportLimits#checkFileSize}),
     * then it is decoded and stored as {@link #importFile(byte[], String, ImportOptions, String)} does.
     *
     * @throws ArticleTooLargeException when the file is larger than any article may be; nothing was read
     * @throws IOException when the file cannot be read
     */
    public ImportResult importFile(Path file, ImportOptions options, String user) throws IOException {
        ImportLimits.checkFileSize(file);
        return importFile(Files.readAllBytes(file), file.toString(), options, user);
    }

    /**
     * Imports a UTF-8 file's bytes. Invalid UTF-8 is refused with the byte offset of the first bad
     * sequence (a {@link org.isnad.text.TextDecodingException}), and nothing is stored.
     */
    public ImportResult importFile(byte[] bytes, String fileName, ImportOptions options, String user) {
        String text = ImportedText.decode(bytes);
        return importText(text, fileName, options, user);
    }

    /** Imports text that is already decoded (pasted); it is normalised the same way as a file. */
    public ImportResult importText(String rawText, String origin, ImportOptions options, String user) {
        String text = ImportedText.normalize(rawText);
        refuseIfEmpty(text, origin);
        ImportLimits.checkTextLength(text, origin);
        return store(text, origin, options, user);
    }

    /** Imports text pasted from the clipboard; too long a text is refused as a paste ({@link ImportLimits#checkPastedLength}). */
    public ImportResult importPasted(String pasted, ImportOptions options, String user) {
        String text = ImportedText.normalize(pasted);
        refuseIfEmpty(text, CLIPBOARD);
        ImportLimits.checkPastedLength(text);
        return store(text, CLIPBOARD, options, user);
    }

    private static void refuseIfEmpty(String text, String origin) {
        if (text.codePoints().allMatch(BidiControls::isTrimmable)) {
            throw new DomainException(Message.of("service.import.empty", origin));
        }
    }

    private ImportResult store(String text, String origin, ImportOptions options, String user) {
        String sha256 = TextHash.sha256Hex(text);
        return repositories.transactions().inTransaction(() -> {
            Optional<Document> existing = repositories.documents().findBySha256(sha256);
            if (existing.isPresent()) {
                return new ImportResult(existing.get(), true);
            }
            Document document = new Document(Ids.newId(), titleOf(options, text, origin), blank(options.sourceUrl()),
                    blank(options.outlet()), options.publishedDate(), "ar", text, sha256, importTime());
            repositories.documents().add(document);
            repositories.audit().append(new AuditEvent(0, document.id(), null, user, clock.instant(), "import",
                    "Import «" + document.title() + "» from " + origin, "", "sha256=" + sha256 + " chars=" + text.length()));
            return new ImportResult(document, false);
        });
    }

    /**
     * Now, to the millisecond the store keeps, or just after the latest import: the library lists documents in
     * import order, and a folder imported within one millisecond keeps the order of its files.
     */
    private Instant importTime() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return repositories.documents().latestImport().filter(latest -> !now.isAfter(latest))
                .map(latest -> latest.plusMillis(1)).orElse(now);
    }

    public List<DocumentSummary> documents() {
        return repositories.documents().summaries();
    }

    /** One document's row of {@link #documents()}, e.g. after an edit changed its counts. */
    public Optional<DocumentSummary> summary(String documentId) {
        return repositories.documents().summary(documentId);
    }

    public Optional<Document> document(String id) {
        return repositories.documents().find(id);
    }

    public boolean isEmpty() {
        return repositories.documents().count() == 0;
    }

    /** The given title, else the article's first line when it is short enough to be a headline, else the file name. */
    public static String titleOf(ImportOptions options, String text, String origin) {
        if (options.title() != null && !options.title().isBlank()) {
            return options.title().strip();
        }
        String firstLine = text.strip().lines().findFirst().orElse("").strip();
        if (!firstLine.isEmpty() && firstLine.length() <= MAX_TITLE_FROM_TEXT) {
            return firstLine;
        }
        String name = origin.replaceAll(".*[/\\\\]", "");
        return name.isBlank() ? "Untitled" : name;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
