package org.isnad.search;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.isnad.service.CorpusSearch;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.store.H2Store;

/** A real store and a real index in a temporary folder, with Arabic articles imported. */
final class SearchFixture implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    static final String SECURITY = "قال المتحدث إن الأمن مستتب في العاصمة، وإن الأجهزة الأمنية تعمل بلا توقف. "
            + "وزار الوفد إيران أمس، وأكد أن «الفراغ الأمني لن يتكرر» في المنطقة.";
    static final String ECONOMY = "قَالَ الوَزِيرُ إنَّ الاقـتـصـاد يتحسّن، وإن التضخم بلغ ٤٫٢ في المئة عام ٢٠٢٤ بحسب Reuters.";

    final Path dir;
    final H2Store store;
    final Library library;
    CorpusSearch search;

    SearchFixture(Path dir) {
        this.dir = dir;
        this.store = H2Store.open(dir.resolve("isnad"));
        this.library = new Library(store, CLOCK);
        this.search = CorpusSearch.open(store, LuceneSearchIndex.open(LuceneSearchIndex.folderBeside(store.location())));
    }

    String importText(String text, String outlet, LocalDate date) {
        return library.importText(text, "test", new ImportOptions(null, null, outlet, date), "layla").document().id();
    }

    String stored(String documentId) {
        return library.document(documentId).orElseThrow().text();
    }

    @Override
    public void close() {
        search.close();
        store.close();
    }
}
