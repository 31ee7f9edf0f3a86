package org.isnad.cli;

import java.util.ArrayList;
import java.util.Arrays;
import org.isnad.service.ConflictPolicy;
import org.isnad.service.InterchangeFormat;

/** The fixed values that bash completion offers (picocli makes each list from its class). */
final class Candidates {
    private Candidates() {
    }

    /** {@code import --on-conflict} */
    static final class ConflictPolicies extends ArrayList<String> {
        ConflictPolicies() {
            super(Arrays.stream(ConflictPolicy.values()).map(ConflictPolicy::key).toList());
        }
    }

    /** {@code export --format} */
    static final class Formats extends ArrayList<String> {
        Formats() {
            super(java.util.stream.Stream.concat(Arrays.stream(InterchangeFormat.values()).map(InterchangeFormat::key),
                    java.util.stream.Stream.of(ExportCommand.CLAIMREVIEW)).toList());
        }
    }

    /** {@code evaluate --format} */
    static final class EvaluationFormats extends ArrayList<String> {
        EvaluationFormats() {
            super(java.util.List.of("table", "json"));
        }
    }

    /** {@code review STEP} */
    static final class ReviewSteps extends ArrayList<String> {
        ReviewSteps() {
            super(ReviewCommand.STEPS);
        }
    }

    /** {@code review verdict VERDICT} */
    static final class Verdicts extends ArrayList<String> {
        Verdicts() {
            super(ReviewCommand.VERDICTS);
        }
    }

    /** {@code keys export|import|list} */
    static final class KeysWords extends ArrayList<String> {
        KeysWords() {
            super(KeysCommand.WORDS);
        }
    }

    static final class ActorsWords extends ArrayList<String> {
        ActorsWords() {
            super(ActorsCommand.WORDS);
        }
    }

    static final class DocsWords extends ArrayList<String> {
        DocsWords() {
            super(DocsCommand.WORDS);
        }
    }

    static final class ServerWords extends ArrayList<String> {
        ServerWords() {
            super(ServerCommand.WORDS);
        }
    }

    static final class ServerRoles extends ArrayList<String> {
        ServerRoles() {
            super(ServerCommand.ROLES);
        }
    }

    static final class ClaimsWords extends ArrayList<String> {
        ClaimsWords() {
            super(ClaimsCommand.WORDS);
        }
    }

    /** {@code claims attach --stance} */
    static final class Stances extends ArrayList<String> {
        Stances() {
            super(Arrays.stream(org.isnad.domain.Stance.values()).map(org.isnad.domain.Stance::key).toList());
        }
    }
}
