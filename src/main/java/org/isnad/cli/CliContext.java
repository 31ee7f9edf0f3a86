package org.isnad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import org.isnad.service.Interchange;
import org.isnad.service.InterchangeFactory;
import org.isnad.service.Repositories;
import org.isnad.service.SigningKeys;

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

    String user() {
        return user;
    }

    Clock clock() {
        return clock;
    }

    ObjectMapper json() {
        return json;
    }

    Repositories repositories() {
        if (repositories == null) {
            repositories = opener.open(dbOption);
        }
        return repositories;
    }

    /** Import, export and verify in the interchange formats; the database is opened only if the work needs it. */
    Interchange interchange() {
        return interchangeFactory.over(this::repositories, clock);
    }

    @Override
    public void close() {
        if (repositories != null) {
            repositories.close();
        }
    }
}
