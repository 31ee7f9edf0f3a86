package org.isnad.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.isnad.domain.Actor;
import org.isnad.suggest.KnownActors;
import org.isnad.suggest.QuoteSuggester;
import org.isnad.suggest.Suggestion;

/**
 * Every suggestion of the benchmark's megabyte article and of the gold and sample texts, one per line, to show that a
 * change meant to make the engine faster leaves its suggestions as they were: run it before and after, and compare
 * the files. Each text twice: with no registry, and with a registry of every name the engine gave on the megabyte
 * article (plus the benchmark's actors), so that the registry's path is compared too. Not a test.
 *
 * <p>{@code java -cp target/classes:target/test-classes:$(cat target/bench-classpath.txt) org.isnad.bench.SuggestionsDump OUT}
 * (the classpath file is the one {@code ./bench/run} writes).
 */
public final class SuggestionsDump {
    private static final String[] FOLDERS = {"src/test/resources/gold/dev", "src/test/resources/gold/heldout",
        "src/test/resources/samples"};

    private SuggestionsDump() {
    }

    public static void main(String[] args) throws Exception {
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[0])), true, StandardCharsets.UTF_8)) {
            QuoteSuggester engine = new QuoteSuggester();
            String megabyte = BenchData.megabyteArticle();
            List<Suggestion> none = engine.suggest(megabyte, KnownActors.none());
            dump(out, "megabyte article, no registry", none);
            Map<String, List<String>> registry = new TreeMap<>();
            for (Suggestion s : none) {
                if (s.actorName() != null) {
                    registry.put("R:" + s.actorName(), List.of(s.actorName()));
                }
            }
            for (Actor a : BenchData.actors()) {
                registry.put(a.canonicalName(), a.aliases());
            }
            KnownActors known = KnownActors.of(registry);
            dump(out, "megabyte article, registry", engine.suggest(megabyte, known));
            List<Path> files = new ArrayList<>();
            for (String folder : FOLDERS) {
                try (Stream<Path> s = Files.walk(Path.of(folder))) {
                    s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            }
            for (Path p : files) {
                String text = Files.readString(p);
                dump(out, p + ", no registry", engine.suggest(text, KnownActors.none()));
                dump(out, p + ", registry", engine.suggest(text, known));
            }
        }
    }

    private static void dump(PrintStream out, String name, List<Suggestion> suggestions) {
        out.println("== " + name + ": " + suggestions.size());
        for (int i = 0; i < suggestions.size(); i++) {
            out.println(i + " " + suggestions.get(i));
        }
    }
}
