package org.isnad.cli;

import java.util.Locale;
import org.isnad.message.Localized;
import org.isnad.message.Messages;

/** What the CLI prints for a refusal: always English, from the exception's message when it carries one. */
final class ErrorText {
    private ErrorText() {
    }

    static String of(Throwable t) {
        // a refusal without a Message keeps its own text (Messages.describe would wrap it as "unexpected")
        return t instanceof Localized l ? Messages.render(l.message(), Locale.ROOT) : t.getMessage();
    }
}
