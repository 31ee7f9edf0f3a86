package org.isnad.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/** {@code isnad help [COMMAND]}: the command's help, or the command list for anything else. */
@Command(name = "help", hidden = true)
final class HelpTopic {
    @Parameters(paramLabel = "COMMAND")
    List<String> words = new ArrayList<>();

    /** Whatever else follows is ignored, as {@code isnad help import --title} still means the help of import. */
    @Unmatched
    List<String> ignored = new ArrayList<>();

    String topic() {
        return words.isEmpty() ? null : words.get(0);
    }
}
