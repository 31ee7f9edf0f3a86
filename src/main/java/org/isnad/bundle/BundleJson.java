package org.isnad.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.isnad.message.Message;

/**
 * The one way Isnad writes JSON into bundles: keys sorted, two-space indent, LF, UTF-8, a final
 * newline. Same data, same bytes: so entries can be hashed and compared. (Signing uses service.CanonicalJson, RFC 8785 style.) Reading is
 * strict: duplicate keys, trailing content and deep nesting are refused.
 */
final class BundleJson {
    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter lf = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(lf).withArrayIndenter(lf);
        // keys in String order as they are written: no sorted copy of the tree (a 10,000-span set is
        // 4.8 MB of JSON; the copy was a tenth of an export's Java time, docs/performance.md)
        WRITER = new ObjectMapper().writer(printer).with(JsonNodeFeature.WRITE_PROPERTIES_SORTED);
    }

    private BundleJson() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    static byte[] bytes(JsonNode node) {
        try {
            // straight to UTF-8 bytes (the same bytes as through a String, without the 2 copies of a 4 MB set)
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            WRITER.writeValue(out, node);
            out.write('\n');
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    /** Parses an entry strictly: valid UTF-8, one JSON value, no duplicate keys, nested at most {@code maxDepth}. */
    static JsonNode parse(byte[] bytes, String entry, int maxDepth) {
        String text = StrictUtf8.decode(bytes, entry);
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth).build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        ObjectMapper mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser parser = factory.createParser(text)) {
            JsonNode node = mapper.readTree(parser);
            if (node == null || node.isMissingNode()) {
                throw new BundleRefusal(entry, Message.of("bundle.json.empty"));
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw new BundleRefusal(entry, Message.of("bundle.json.tooDeep", maxDepth));
        } catch (IOException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new BundleRefusal(entry, Message.of("bundle.json.invalid", message));
        }
    }
}
