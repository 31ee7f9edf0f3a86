package org.isnad.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.isnad.message.Message;

/**
 * One JSON object of a bundle entry, read field by field against the format: every field must be
 * there (null where the format allows it), no other field may be, and each has its type. A
 * mismatch is refused naming the entry and the object's place in it.
 */
final class JsonFields {
    private final JsonNode node;
    private final String entry;
    private final String where;

    private JsonFields(JsonNode node, String entry, String where) {
        this.node = node;
        this.entry = entry;
        this.where = where;
    }

    /** The object at {@code where} in {@code entry}, which must have exactly {@code fields}. */
    static JsonFields of(JsonNode node, String entry, String where, Set<String> fields) {
        if (node == null || !node.isObject()) {
            throw new BundleRefusal(entry, Message.of("bundle.json.notObject", where, kind(node)));
        }
        Set<String> present = new TreeSet<>();
        Iterator<String> names = node.fieldNames();
        names.forEachRemaining(present::add);
        for (String name : present) {
            if (!fields.contains(name)) {
                throw new BundleRefusal(entry, Message.of("bundle.json.unknownField", where, name));
            }
        }
        for (String name : new TreeSet<>(fields)) {
            if (!present.contains(name)) {
                throw new BundleRefusal(entry, Message.of("bundle.json.missingField", where, name));
            }
        }
        return new JsonFields(node, entry, where);
    }

    String entry() {
        return entry;
    }

    String where() {
        return where;
    }

    JsonNode raw(String name) {
        return node.get(name);
    }

    String text(String name) {
        JsonNode v = node.get(name);
        if (!v.isTextual()) {
            throw wrongType(name, "string", v);
        }
        return v.asText();
    }

    /** A string or null. */
    String optionalText(String name) {
        JsonNode v = node.get(name);
        return v.isNull() ? null : text(name);
    }

    int integer(String name) {
        JsonNode v = node.get(name);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw wrongType(name, "integer", v);
        }
        return v.intValue();
    }

    long longInteger(String name) {
        JsonNode v = node.get(name);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw wrongType(name, "integer", v);
        }
        return v.longValue();
    }

    Integer optionalInteger(String name) {
        return node.get(name).isNull() ? null : integer(name);
    }

    boolean bool(String name) {
        JsonNode v = node.get(name);
        if (!v.isBoolean()) {
            throw wrongType(name, "boolean", v);
        }
        return v.booleanValue();
    }

    JsonFields object(String name, Set<String> fields) {
        return of(node.get(name), entry, where + "." + name, fields);
    }

    /** The elements of an array field, each an object with {@code fields}. */
    List<JsonFields> objects(String name, Set<String> fields) {
        JsonNode v = array(name);
        List<JsonFields> list = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            list.add(of(v.get(i), entry, where + "." + name + "[" + i + "]", fields));
        }
        return list;
    }

    List<String> texts(String name) {
        JsonNode v = array(name);
        List<String> list = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                throw new BundleRefusal(entry, Message.of("bundle.json.notString", where + "." + name + "[" + i + "]", kind(v.get(i))));
            }
            list.add(v.get(i).asText());
        }
        return list;
    }

    private JsonNode array(String name) {
        JsonNode v = node.get(name);
        if (!v.isArray()) {
            throw wrongType(name, "array", v);
        }
        return v;
    }

    /** An enum constant by its exact name. */
    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String value = text(name);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw refuse(Message.of("bundle.json.enum", name, value, java.util.Arrays.toString(type.getEnumConstants())));
    }

    <E extends Enum<E>> E optionalEnum(String name, Class<E> type) {
        return node.get(name).isNull() ? null : enumValue(name, type);
    }

    BundleRefusal refuse(Message reason) {
        return new BundleRefusal(entry, Message.of("bundle.json.at", where, reason));
    }

    /** @param expected the JSON kind wanted: {@code string}, {@code integer}, {@code boolean} or {@code array} */
    private BundleRefusal wrongType(String name, String expected, JsonNode v) {
        return refuse(Message.of("bundle.json.wrongType", name, Message.of("bundle.json.kind." + expected), kind(v)));
    }

    /** What a JSON value is, for a message: "missing", "null", "a string", "the number 7", "true", "an array", "an object". */
    static Message kind(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return Message.of("bundle.json.kind.missing");
        }
        if (v.isNull() || v.isBoolean()) {
            // JSON's own words
            return Message.of("bundle.cause", v.asText());
        }
        if (v.isTextual()) {
            return Message.of("bundle.json.kind.string");
        }
        if (v.isNumber()) {
            return Message.of("bundle.json.kind.number", v.asText());
        }
        if (v.isArray()) {
            return Message.of("bundle.json.kind.array");
        }
        return Message.of("bundle.json.kind.object");
    }
}
