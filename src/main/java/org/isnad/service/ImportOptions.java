package org.isnad.service;

import java.time.LocalDate;

/** What the analyst may say about an article when importing it; every field may be left out. */
public record ImportOptions(String title, String sourceUrl, String outlet, LocalDate publishedDate) {
    public static ImportOptions none() {
        return new ImportOptions(null, null, null, null);
    }
}
