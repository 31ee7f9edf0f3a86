package org.isnad.service.signing;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON written one way only, so that the same content always gives the same bytes to hash and
 * sign (RFC 8785, JSON Canonicalization Scheme): object members sorted by their names' UTF-16 code
 * units, no whitespace between tokens, strings with only the escapes JSON requires (the rest is
 * literal UTF-8), {@code null}/{@code true}/{@code false} as literals.
 *
 * <p>Numbers: only integers of magnitude up to 2^53 are accepted (all Isnad signs are offsets and
 * counts); RFC 8785 writes those as plain decimals, and refusing fractions spares us ECMAScript's
 * shortest-double formatting, which Java 17 does not have.
 */
public final class CanonicalJson {
    private static final BigInteger MAX_SAFE = BigInteger.valueOf(9_007_199_254_740_992L);

    private CanonicalJson() {
    }

    /** The canonical text. */
    public static String write(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        append(sb, node);
        return sb.toString();
    }

    /** The canonical text as UTF-8 bytes: what is hashed and signed. */
    public static byte[] bytes(JsonNode node) {
        return write(node).getBytes(StandardCharsets.UTF_8);
    }

    private static void append(StringBuilder sb, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            sb.append("null");
        } else if (node.isBoolean()) {
            sb.append(node.booleanValue());
        } else if (node.isTextual()) {
            string(sb, node.textValue());
        } else if (node.isNumber()) {
            number(sb, node);
        } else if (node.isArray()) {
            sb.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                append(sb, node.get(i));
            }
            sb.append(']');
        } else if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            it.forEachRemaining(members::add);
            // String.compareTo compares UTF-16 code units, which is the order RFC 8785 asks for
            members.sort(Map.Entry.comparingByKey());
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> m : members) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                string(sb, m.getKey());
                sb.append(':');
                append(sb, m.getValue());
            }
            sb.append('}');
        } else {
            throw new IllegalArgumentException("canonical JSON cannot hold a " + node.getNodeType() + " value");
        }
    }

    private static void number(StringBuilder sb, JsonNode node) {
        BigInteger value;
        if (node.isIntegralNumber()) {
            value = node.bigIntegerValue();
        } else {
            BigDecimal decimal = node.decimalValue();
            try {
                value = decimal.toBigIntegerExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("canonical JSON here holds whole numbers only, not " + node.asText());
            }
        }
        if (value.abs().compareTo(MAX_SAFE) > 0) {
            throw new IllegalArgumentException("number " + value + " is too large for canonical JSON (over 2^53)");
        }
        sb.append(value);
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        throw new IllegalArgumentException("a string holds a lone surrogate U+"
                                + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + " at " + i
                                + ", which UTF-8 cannot carry");
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
