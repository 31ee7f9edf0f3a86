package org.isnad.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The W3C Web Annotation Data Model test suite (web-platform-tests {@code annotation-model/}, copied
 * unmodified into {@code src/test/resources/wadm/suite}, see its {@code SOURCES.md}) run the way its
 * own runner ({@code JSONtest.js} with ajv 4) runs it: each {@code .test} file's assertions in order,
 * with their {@code expectedResult}, {@code assertionType} and {@code onUnexpectedResult} (skip or
 * abort the rest), condition objects ({@code and} / {@code or}) and nested lists; draft-04 schemas,
 * validated by networknt's validator with ajv's ways: keywords beside an inline {@code $ref} apply, a
 * {@code $ref} whose target is itself a {@code $ref} lands on that second target, {@code date-time}
 * and {@code uri} are ajv's "fast" patterns, and a number without a fraction is an integer.
 */
final class WadmSuite {
    /** A failed assertion: on which object (its kind and id), which assertion file, and how grave. */
    record Failure(String kind, String object, String assertion, String severity, String title) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CANON = "https://wadm.invalid/";
    private static final String JS_SPACE = "\\t\\n\\x0B\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";
    private static final Pattern DATE_TIME = Pattern.compile("^[0-9]{4}-[0-1][0-9]-[0-3][0-9][tT" + JS_SPACE
            + "][0-2][0-9]:[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?(?:[zZ]|[+-][0-9]{2}:[0-9]{2})$");
    private static final Pattern URI = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+-.]*)?(?::|/)/?[^" + JS_SPACE + "]*$");
    /** Object kind → the {@code .test} files that hold it, as the suite lays them out. */
    private static final Map<String, String> KINDS = Map.of("AnnotationCollection", "collections",
            "AnnotationPage", "collections/pages", "Annotation", "annotations");

    private final Path root;
    private final Map<String, JsonNode> definitions = new LinkedHashMap<>();
    private final Map<String, String> documents = new HashMap<>();
    private final SchemaRegistry registry;
    private final Map<String, List<JsonNode>> tests = new LinkedHashMap<>();
    private final Map<JsonNode, Schema> schemas = new IdentityHashMap<>();
    private final Map<String, JsonNode> loaded = new HashMap<>();

    WadmSuite(Path root) {
        this.root = root;
        for (Path p : list(root.resolve("definitions"), ".json")) {
            JsonNode schema = read(p);
            definitions.put(schema.path("id").asText(p.getFileName().toString()), schema);
        }
        for (String name : definitions.keySet()) {
            documents.put(CANON + name, rewrite(definitions.get(name), name).toString());
        }
        for (Map.Entry<String, String> kind : KINDS.entrySet()) {
            tests.put(kind.getKey(), list(root.resolve(kind.getValue()), ".test").stream().map(WadmSuite::read).toList());
        }
        Dialect draft4 = Dialect.builder(Dialects.getDraft4()).format(format("date-time", DATE_TIME))
                .format(format("uri", URI)).build();
        registry = SchemaRegistry.withDialect(draft4, b -> b.schemas(documents::get)
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).losslessNarrowing(true)
                        .typeLoose(false).build()));
    }

    private static Format format(String name, Pattern pattern) {
        return new Format() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public boolean matches(ExecutionContext context, String value) {
                return pattern.matcher(value).matches();
            }
        };
    }

    /** Every failed MUST and SHOULD assertion on every object of an export (a collection, a page, an array or one annotation). */
    List<Failure> check(JsonNode export) {
        List<Failure> failures = new ArrayList<>();
        for (Map.Entry<String, JsonNode> o : objects(export)) {
            String kind = o.getKey().substring(0, o.getKey().indexOf(' '));
            String label = o.getKey().substring(kind.length() + 1);
            for (JsonNode test : tests.get(kind)) {
                List<JsonNode[]> out = new ArrayList<>();
                run(test.path("assertions"), o.getValue(), KINDS.get(kind), out, "continue", false);
                for (JsonNode[] f : out) {
                    failures.add(new Failure(kind, label, f[0].path("assertionFile").asText("(inline)"), f[1].asText(),
                            f[0].path("title").asText()));
                }
            }
        }
        return failures;
    }

    /** The objects the suite's tests are about: the collection, its embedded page(s) and every annotation on them. */
    private static List<Map.Entry<String, JsonNode>> objects(JsonNode doc) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        if (doc.isArray()) {
            doc.forEach(a -> out.add(Map.entry("Annotation " + a.path("id").asText("?"), a)));
            return out;
        }
        String type = doc.path("type").toString();
        JsonNode context = doc.get("@context");
        JsonNode page;
        if (type.contains("AnnotationCollection")) {
            out.add(Map.entry("AnnotationCollection " + doc.path("id").asText("<collection>"), doc));
            page = doc.get("first");
            if (page != null && page.isObject()) {
                // the suite's page assertions accept a collection whose first page is embedded
                out.add(Map.entry("AnnotationPage " + page.path("id").asText("<collection.first>"), doc));
            }
        } else if (type.contains("AnnotationPage")) {
            out.add(Map.entry("AnnotationPage " + doc.path("id").asText("<page>"), doc));
            page = doc;
        } else {
            out.add(Map.entry("Annotation " + doc.path("id").asText("<annotation>"), doc));
            return out;
        }
        for (int pages = 0; page != null && page.isObject() && pages < 10_000; pages++) {
            for (JsonNode item : page.path("items")) {
                JsonNode a = item;
                if (context != null && item.isObject() && !item.has("@context")) {
                    // embedded annotations inherit their container's @context, as JSON-LD does
                    a = ((ObjectNode) item.deepCopy()).set("@context", context);
                }
                out.add(Map.entry("Annotation " + item.path("id").asText("?"), a));
            }
            page = page.get("next");
        }
        return out;
    }

    /** Runs an assertion list in order; adds {assertion, severity} per unexpected result; returns the action and the results. */
    private Object[] run(JsonNode assertions, JsonNode content, String testDir, List<JsonNode[]> out, String action, boolean grouped) {
        List<Boolean> results = new ArrayList<>();
        for (JsonNode entry : assertions) {
            if (!action.equals("continue")) {
                break;
            }
            if (entry.isArray()) {
                if (run(entry, content, testDir, out, action, grouped)[0].equals("abort")) {
                    action = "abort";
                }
                continue;
            }
            JsonNode a = resolve(entry, testDir);
            String type = a.path("assertionType").asText("must").toLowerCase(Locale.ROOT);
            String how = a.path("onUnexpectedResult").asText("failAndContinue");
            boolean ok;
            if (a.path("assertions").isArray()) {
                @SuppressWarnings("unchecked")
                List<Boolean> sub = (List<Boolean>) run(a.get("assertions"), content, testDir, new ArrayList<>(), action, true)[1];
                ok = a.path("compareWith").asText("and").equals("or") ? sub.contains(true) : !sub.contains(false);
            } else if (!grouped && type.equals("may") && !how.endsWith("Skip") && !how.endsWith("Abort")) {
                continue; // a MAY-level probe that steers nothing: "feature not used" is no finding
            } else {
                boolean valid = schema(a).validate(content).isEmpty();
                ok = valid == a.path("expectedResult").asText("valid").equals("valid");
            }
            results.add(ok);
            if (!ok) {
                String severity = List.of("must", "should", "may").contains(type) ? type : "must";
                if (severity.equals("must") && how.startsWith("pass")) {
                    severity = "should";
                }
                out.add(new JsonNode[] {a, JSON.getNodeFactory().textNode(severity)});
                String next = how.replaceFirst("^(fail|pass)And", "");
                action = next.equals("Skip") ? "skip" : next.equals("Abort") ? "abort" : "continue";
            }
        }
        return new Object[] {action, results};
    }

    /** The assertion an entry stands for: a file (no slash: in the test's folder, else from the suite's root), or an object. */
    private JsonNode resolve(JsonNode entry, String testDir) {
        if (entry.isTextual()) {
            String ref = entry.asText();
            return loaded.computeIfAbsent(testDir + "|" + ref, k -> {
                ObjectNode a = (ObjectNode) read(root.resolve(ref.contains("/") ? ref : testDir + "/" + ref));
                return a.put("assertionFile", ref);
            });
        }
        if (entry.has("assertionFile") && !entry.has("assertions")) {
            return loaded.computeIfAbsent(testDir + "|" + entry, k -> {
                String ref = entry.get("assertionFile").asText();
                ObjectNode a = (ObjectNode) read(root.resolve(ref.contains("/") ? ref : testDir + "/" + ref));
                return a.setAll((ObjectNode) entry);
            });
        }
        return entry;
    }

    private Schema schema(JsonNode assertion) {
        return schemas.computeIfAbsent(assertion, a -> {
            String name = "assertion/" + schemas.size() + "/" + a.path("id").asText("inline.json");
            Map<String, JsonNode> docs = new HashMap<>(definitions);
            docs.put(a.path("id").asText(""), a);
            ObjectNode rewritten = (ObjectNode) rewrite(docs, a, a.path("id").asText(""), name);
            rewritten.remove("id");
            documents.put(CANON + name, rewritten.toString());
            return registry.getSchema(SchemaLocation.of(CANON + name));
        });
    }

    private JsonNode rewrite(JsonNode schema, String name) {
        return rewrite(definitions, schema, name, name);
    }

    /**
     * A copy whose every {@code $ref} points absolutely at the node ajv 4 would use: refs live in one
     * flat namespace of schema ids, and a target that is itself a {@code $ref} is followed on.
     */
    private static JsonNode rewrite(Map<String, JsonNode> docs, JsonNode node, String base, String registeredAs) {
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(x -> copy.add(rewrite(docs, x, base, registeredAs)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = JSON.createObjectNode();
        node.fields().forEachRemaining(f -> copy.set(f.getKey(), rewrite(docs, f.getValue(), base, registeredAs)));
        if (node.path("$ref").isTextual()) {
            String[] target = target(docs, base, node.get("$ref").asText(), 0);
            String doc = target[0].equals(base) ? registeredAs : target[0];
            copy.remove("$ref");
            ObjectNode ref = JSON.createObjectNode().put("$ref", CANON + doc + "#" + target[1]);
            if (copy.isEmpty()) {
                return ref;
            }
            // ajv applies the keywords beside a $ref; draft-04 (and so networknt) would drop them: say it with allOf.
            // No pointer leads through or onto a node with a $ref (target() follows those), so none moves.
            ObjectNode both = JSON.createObjectNode();
            both.putArray("allOf").add(ref).add(copy);
            return both;
        }
        return copy;
    }

    /** {document name, JSON pointer} of the schema ajv 4 lands on for {@code ref} seen in document {@code base}. */
    private static String[] target(Map<String, JsonNode> docs, String base, String ref, int depth) {
        if (depth > 50) {
            throw new IllegalStateException("$ref loop at " + ref);
        }
        int hash = ref.indexOf('#');
        String name = hash < 0 ? ref : ref.substring(0, hash);
        name = name.isEmpty() ? base : name;
        if (!docs.containsKey(name)) {
            throw new IllegalStateException("unresolvable $ref " + ref + " in " + base);
        }
        JsonNode node = docs.get(name);
        List<String> path = new ArrayList<>();
        for (String part : (hash < 0 ? "" : ref.substring(hash + 1)).split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            String key = java.net.URLDecoder.decode(part, java.nio.charset.StandardCharsets.UTF_8).replace("~1", "/").replace("~0", "~");
            node = node.isArray() ? node.get(Integer.parseInt(key)) : node.get(key);
            path.add(key);
            if (node != null && node.isObject() && node.path("$ref").isTextual()) {
                // ajv follows a target that is itself a $ref (dropping its other keywords), then walks on from there
                String[] next = target(docs, name, node.get("$ref").asText(), depth + 1);
                name = next[0];
                path = new ArrayList<>(List.of(next[1].isEmpty() ? new String[0] : next[1].substring(1).split("/", -1)));
                path.replaceAll(k -> k.replace("~1", "/").replace("~0", "~"));
                node = docs.get(name);
                for (String k : path) {
                    node = node.isArray() ? node.get(Integer.parseInt(k)) : node.get(k);
                }
            }
        }
        StringBuilder pointer = new StringBuilder();
        path.forEach(k -> pointer.append('/').append(k.replace("~", "~0").replace("/", "~1")));
        return new String[] {name, pointer.toString()};
    }

    private static List<Path> list(Path folder, String ending) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(ending)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path p) {
        try {
            return JSON.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
