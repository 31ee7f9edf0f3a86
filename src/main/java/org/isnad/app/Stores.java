package org.isnad.app;

import java.nio.file.Path;
import org.isnad.search.LuceneSearchIndex;
import org.isnad.service.Repositories;
import org.isnad.service.signing.SigningKeys;
import org.isnad.service.SearchIndex;
import org.isnad.store.DatabaseBackups;
import org.isnad.store.DatabaseLocation;
import org.isnad.store.FileSigningKeys;
import org.isnad.store.KeysLocation;
import org.isnad.store.H2Store;

/** Opens the H2 store that {@code --db}, {@code ISNAD_DB} or the user's data folder names. */
final class Stores {
    private Stores() {
    }

    static Repositories open(String dbOption) {
        return H2Store.open(file(dbOption));
    }

    static Path file(String dbOption) {
        return DatabaseLocation.resolve(dbOption, System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
    }

    /** The search index beside the database (issue 12): {@code isnad.index/} next to {@code isnad.mv.db}. */
    static SearchIndex searchIndex(Repositories repositories) {
        return LuceneSearchIndex.open(LuceneSearchIndex.folderBeside(repositories.location()));
    }

    /** The rolling backups of that database, in the "backups" folder beside it (docs/adr/0006-backups.md). */
    static DatabaseBackups backups(String dbOption) {
        return DatabaseBackups.of(file(dbOption));
    }

    /** The signing keys in {@code --keys DIR}, {@code ISNAD_KEYS}, or the "keys" folder next to the database. */
    static SigningKeys openKeys(String keysOption, String dbOption) {
        return new FileSigningKeys(KeysLocation.resolve(keysOption, dbOption));
    }
}
