package org.isnad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import org.isnad.service.CorpusSearch;
import org.isnad.service.Interchange;
import org.isnad.service.InterchangeFactory;
import org.isnad.service.Repositories;
import org.isnad.service.signing.SigningKeys;

/** What a command works with: where to print, who acts, and the database (opened on first use). */
final class CliContext implements AutoCloseable {
    private final PrintStream out;
    private final PrintStream err;
    private final String user;
    private final Clock clock;
    private final StoreOpener opener;
    private final InterchangeFactory interchangeFactory;
    private final String dbOption;
    private final KeysOpener keysOpener;
    private final ObjectMapper json = new ObjectMapper();
    private Repositories repositories;
    private SearchOpener searchOpener;
    private CorpusSearch search;
    private java.util.Map<String, String> env = java.util.Map.of();

    CliContext(PrintStream out, PrintStream err, String user, Clock clock, StoreOpener opener,
               InterchangeFactory interchangeFactory, String dbOption, KeysOpener keysOpener) {
        this.interchangeFactory = interchangeFactory;
        this.keysOpener = keysOpener;
        this.out = out;
        this.err = err;
        this.user = user;
        this.clock = clock;
        this.opener = opener;
        this.dbOption = dbOption;
    }

    /** The signing keys; {@code keysOption} is the command's {@code --keys DIR}, or null. */
    SigningKeys signingKeys(Path keysOption) {
        return keysOpener.open(keysOption == null ? null : keysOption.toString(), dbOption);
    }

    /** The {@code --db} option as given (null when absent). */
    String dbOption() {
        return dbOption;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /** The acting user: {@code --as}, {@code ISNAD_USER} or the login name; on a team server, the database login. */
    String user() {
        return user != null ? user : repositories().serverLogin().orElseThrow();
    }

    java.util.Map<String, String> env() {
        return env;
    }

    /** The database named: {@code --db}, else {@code ISNAD_DB} (null when neither: the default file). */
    String db() {
        return dbOption != null ? dbOption : env.get("ISNAD_DB");
    }

    CliContext withEnv(java.util.Map<String, String> env) {
        this.env = env;
        return this;
    }

    Clock clock() {
        return clock;
    }

    ObjectMapper json() {
        return json;
    }

    /** Another database than {@code --db}'s (for {@code isnad copy}), opened as the program opens any; closed by the caller. */
    Repositories open(String db) {
        return opener.open(db);
    }

    Repositories repositories() {
        if (repositories == null) {
            repositories = opener.open(dbOption);
        }
        return repositories;
    }

    /** The database's search index, checked and caught up (or rebuilt) on first use. */
    CorpusSearch search() {
        if (search == null) {
            if (searchOpener == null) {
                throw new BadInputException("cli.search.unavailable");
            }
            search = CorpusSearch.open(repositories(), searchOpener.open(repositories()));
        }
        return search;
    }

    CliContext withSearch(SearchOpener opener) {
        this.searchOpener = opener;
        return this;
    }

    /** Import, export and verify in the interchange formats; the database is opened only if the work needs it. */
    Interchange interchange() {
        return interchangeFactory.over(this::repositories, clock);
    }

    @Override
    public void close() {
        if (search != null) {
            // what was committed is counted in the database; the next start catches the index up if this is cut short
            search.close();
        }
        if (repositories != null) {
            repositories.close();
        }
    }
}
