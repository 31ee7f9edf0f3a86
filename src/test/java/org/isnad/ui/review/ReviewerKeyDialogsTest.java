package org.isnad.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.isnad.service.ReviewerKey;
import org.isnad.store.FileSigningKeys;
import org.isnad.ui.language.UiText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a reviewer's key without the file chooser and question: what the status line says, in Arabic too. */
class ReviewerKeyDialogsTest {
    @TempDir
    Path dir;
    final StringBuilder said = new StringBuilder();
    final AtomicInteger trusts = new AtomicInteger();

    ReviewerKeyDialogs dialogsOf(String user, Locale locale) {
        ReviewerKeyFiles files = new ReviewerKeyFiles(new FileSigningKeys(dir.resolve(user)), user);
        return new ReviewerKeyDialogs(null, new UiText(locale), files, s -> said.replace(0, said.length(), s), trusts::incrementAndGet);
    }

    @Test
    void aReviewersKeyIsTrustedOnceAndTheBadgeIsToldSo() throws Exception {
        Path file = dir.resolve("omar.pub");
        ReviewerKey omar = new ReviewerKeyFiles(new FileSigningKeys(dir.resolve("omar")), "omar").export(file);
        ReviewerKeyDialogs layla = dialogsOf("layla", Locale.ENGLISH);
        layla.importKey(file, false);
        assertEquals("The key of omar (fingerprint " + omar.fingerprint().substring(0, 16) + ") is now trusted.", said.toString());
        assertEquals(1, trusts.get());
        layla.importKey(file, false);
        assertTrue(said.toString().contains("already trusted"), said.toString());
        assertEquals(1, trusts.get());
    }

    @Test
    void aFileTooLargeToBeAKeyIsRefusedInTheWindowsLanguage() throws Exception {
        Path big = dir.resolve("big.pub");
        Files.write(big, new byte[ReviewerKey.MAX_FILE_BYTES + 1]);
        assertThrows(ReviewerKeyFiles.TooLarge.class, () -> new ReviewerKeyFiles(new FileSigningKeys(dir.resolve("x")), "x").read(big));
        dialogsOf("layla", Locale.forLanguageTag("ar")).importKey(big, false);
        assertEquals("تعذّر استيراد big.pub: الملف أكبر من أن يكون ملف مفتاح عام", said.toString());
        assertEquals(0, trusts.get());
    }
}
