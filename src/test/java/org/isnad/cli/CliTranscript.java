package org.isnad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Commands run through a {@link CliHarness}, each written down with its exit code, stdout and stderr.
 * What differs from run to run (random ids, keys and digests, times, the temporary folder, backup
 * names and sizes) becomes a numbered placeholder, the same value always the same placeholder, so
 * that two transcripts of the same commands compare byte for byte.
 */
final class CliTranscript {
    private static final Set<String> RANDOM_FIELDS = Set.of("digest", "keyFingerprint", "fingerprint");
    private final CliHarness cli;
    private final Path dir;
    private final ObjectMapper json = new ObjectMapper();
    private final StringBuilder transcript = new StringBuilder();
    private final Map<String, String> randomValues = new LinkedHashMap<>();

    CliTranscript(CliHarness cli, Path dir) {
        this.cli = cli;
        this.dir = dir;
    }

    void step(String... args) {
        int code = cli.run(args);
        transcript.append("$ isnad");
        for (String a : args) {
            transcript.append(' ').append(a);
        }
        transcript.append("\nexit ").append(code).append('\n');
        transcript.append("--- stdout\n").append(cli.out());
        transcript.append("--- stderr\n").append(cli.err());
        transcript.append("\n");
        collectRandomValues(cli.out());
    }

    /** Keys, fingerprints and digests differ on each run; they are replaced wherever they appear. */
    private void collectRandomValues(String out) {
        try {
            json.readValues(json.createParser(out), JsonNode.class).forEachRemaining(this::collect);
        } catch (IOException | RuntimeException notJson) {
            // help texts and the like: nothing random in them
        }
    }

    private void collect(JsonNode node) {
        node.fields().forEachRemaining(e -> {
            if (RANDOM_FIELDS.contains(e.getKey()) && e.getValue().isTextual()) {
                randomValues.putIfAbsent(e.getValue().asText(), "<" + e.getKey() + "-" + (randomValues.size() + 1) + ">");
            }
            collect(e.getValue());
        });
        if (node.isArray()) {
            node.forEach(this::collect);
        }
    }

    /** The transcript so far, with the temporary folder, random values, times and backup names as placeholders. */
    String normalised() {
        String s = transcript.toString().replace(dir.toString(), "<dir>");
        for (Map.Entry<String, String> e : randomValues.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        s = numbered(s, Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), "id");
        s = numbered(s, Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z"), "time");
        s = numbered(s, Pattern.compile("20\\d{6}-\\d{6}-\\d{3}"), "stamp");
        s = numbered(s, Pattern.compile("\\b[0-9a-f]{16}\\b"), "key");
        return s.replaceAll("\"bytes\" : \\d+", "\"bytes\" : <n>");
    }

    /** Each distinct match becomes {@code <what-N>}, numbered in order of first appearance. */
    private static String numbered(String text, Pattern pattern, String what) {
        Map<String, String> seen = new LinkedHashMap<>();
        Matcher m = pattern.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String placeholder = seen.computeIfAbsent(m.group(), g -> "<" + what + "-" + (seen.size() + 1) + ">");
            m.appendReplacement(sb, Matcher.quoteReplacement(placeholder));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
