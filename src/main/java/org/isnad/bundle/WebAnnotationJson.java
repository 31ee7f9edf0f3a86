package org.isnad.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading the parts of a W3C annotation that Isnad needs, whichever of the model's shapes a file uses:
 * a value or an array of values, a target as an IRI or as an object, a source as an IRI or an object.
 */
final class WebAnnotationJson {
    private WebAnnotationJson() {
    }

    static boolean isLinking(JsonNode a) {
        JsonNode m = a.get("motivation");
        if (m == null) {
            return false;
        }
        if (m.isArray()) {
            for (JsonNode x : m) {
                if ("linking".equals(x.asText())) {
                    return true;
                }
            }
            return false;
        }
        return "linking".equals(m.asText());
    }

    static List<JsonNode> bodies(JsonNode a) {
        List<JsonNode> list = new ArrayList<>();
        JsonNode body = a.get("body");
        if (body == null) {
            return list;
        }
        if (body.isArray()) {
            body.forEach(list::add);
        } else {
            list.add(body);
        }
        return list;
    }

    static String commentOf(JsonNode a) {
        for (JsonNode b : bodies(a)) {
            if ("commenting".equals(b.path("purpose").asText()) && b.path("value").isTextual()) {
                return b.get("value").asText();
            }
        }
        return null;
    }

    static String creatorOf(JsonNode a, String fallback) {
        JsonNode c = a.get("creator");
        if (c == null) {
            return fallback;
        }
        if (c.isArray() && c.size() > 0) {
            c = c.get(0);
        }
        for (String field : List.of("nickname", "name")) {
            if (c.path(field).isTextual() && !c.get(field).asText().isBlank()) {
                return c.get(field).asText().strip();
            }
        }
        return fallback;
    }

    /** The targets of an annotation: one, or each element of an array (the stretches of a discontinuous one). */
    static List<JsonNode> targets(JsonNode target) {
        List<JsonNode> list = new ArrayList<>();
        if (target != null && target.isArray()) {
            target.forEach(list::add);
        } else if (target != null) {
            list.add(target);
        }
        if (list.isEmpty()) {
            list.add(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
        }
        return list;
    }

    /** The IRI of what a target points into: its {@code source} (a string or an object's {@code id}) or the target itself. */
    static String sourceOf(JsonNode target) {
        if (target == null) {
            return null;
        }
        if (target.isArray()) {
            return target.size() == 0 ? null : sourceOf(target.get(0));
        }
        if (target.isTextual()) {
            return target.asText();
        }
        JsonNode source = target.get("source");
        if (source == null) {
            return target.path("id").asText(null);
        }
        return source.isTextual() ? source.asText() : source.path("id").asText(null);
    }

    static String idOf(JsonNode target) {
        if (target == null) {
            return null;
        }
        if (target.isArray()) {
            return target.size() == 0 ? null : idOf(target.get(0));
        }
        if (target.isTextual()) {
            return target.asText();
        }
        if (target.path("source").isTextual()) {
            return target.get("source").asText();
        }
        return target.path("id").asText(null);
    }

    static JsonNode selector(JsonNode target, String type) {
        if (target == null) {
            return null;
        }
        if (target.isArray()) {
            for (JsonNode t : target) {
                JsonNode s = selector(t, type);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        JsonNode selectors = target.get("selector");
        if (selectors == null) {
            return null;
        }
        if (!selectors.isArray()) {
            return type.equals(selectors.path("type").asText()) ? selectors : null;
        }
        for (JsonNode s : selectors) {
            if (type.equals(s.path("type").asText())) {
                return s;
            }
        }
        return null;
    }

    static Integer intOrNull(JsonNode node, String field) {
        return node != null && node.path(field).canConvertToInt() && node.path(field).isIntegralNumber() ? node.get(field).intValue() : null;
    }

    static String textOrNull(JsonNode node, String field) {
        return node != null && node.path(field).isTextual() ? node.get(field).asText() : null;
    }
}
