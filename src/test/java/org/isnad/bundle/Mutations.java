package org.isnad.bundle;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Hostile changes to valid input, for the property tests of every import path: at the level of
 * bytes (truncation, flipped bits, invalid UTF-8, surrogate halves, duplicated and deleted slices),
 * of JSON (numbers at and past the ends, deep nesting, surrogate escapes, dropped and duplicated keys,
 * huge strings, wrong types) and of lines (brat offsets, reordered, duplicated and dropped lines).
 * Positions are fractions of the input's length, so every mutation fits every input.
 */
final class Mutations {
    private Mutations() {
    }

    /** Byte sequences that strict UTF-8 must refuse, and characters that text rules must handle. */
    static final List<byte[]> HOSTILE_BYTES = List.of(
            new byte[] {(byte) 0xC3, 0x28},                              // a lead byte without its continuation
            new byte[] {(byte) 0xFF},                                    // never valid
            new byte[] {(byte) 0xC0, (byte) 0xAF},                       // overlong '/'
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},          // a UTF-16 high surrogate, encoded
            new byte[] {(byte) 0xED, (byte) 0xBF, (byte) 0xBF},          // a low surrogate, encoded
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // past U+10FFFF
            new byte[] {(byte) 0xE2, (byte) 0x80},                       // cut-off three-byte sequence
            new byte[] {0},
            new byte[] {'\r'},
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},          // a BOM in the middle
            "\u200F\u202E\u0651".getBytes(StandardCharsets.UTF_8),        // RLM, RLO, a lone shadda
            "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8));             // an astral emoji

    interface ByteMutation {
        byte[] apply(byte[] in);
    }

    record Truncate(double at) implements ByteMutation {
        public byte[] apply(byte[] in) {
            return Arrays.copyOf(in, (int) (in.length * at));
        }
    }

    record Flip(double at, int mask) implements ByteMutation {
        public byte[] apply(byte[] in) {
            if (in.length == 0) {
                return in;
            }
            byte[] out = in.clone();
            int i = Math.min(in.length - 1, (int) (in.length * at));
            out[i] = (byte) (out[i] ^ mask);
            return out;
        }
    }

    record Insert(double at, int which) implements ByteMutation {
        public byte[] apply(byte[] in) {
            byte[] bytes = HOSTILE_BYTES.get(which % HOSTILE_BYTES.size());
            int i = (int) (in.length * at);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(in, 0, i);
            out.writeBytes(bytes);
            out.write(in, i, in.length - i);
            return out.toByteArray();
        }
    }

    record DuplicateSlice(double from, double length, double to) implements ByteMutation {
        public byte[] apply(byte[] in) {
            int a = (int) (in.length * from);
            int n = Math.min(in.length - a, (int) (in.length * length));
            int b = (int) (in.length * to);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(in, 0, b);
            out.write(in, a, n);
            out.write(in, b, in.length - b);
            return out.toByteArray();
        }
    }

    record DeleteSlice(double from, double length) implements ByteMutation {
        public byte[] apply(byte[] in) {
            int a = (int) (in.length * from);
            int n = Math.min(in.length - a, (int) (in.length * length));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(in, 0, a);
            out.write(in, a + n, in.length - a - n);
            return out.toByteArray();
        }
    }

    static Arbitrary<Double> fraction() {
        return Arbitraries.doubles().between(0, 1);
    }

    static Arbitrary<ByteMutation> bytes() {
        return Arbitraries.oneOf(
                fraction().map(Truncate::new),
                Combinators.combine(fraction(), Arbitraries.integers().between(1, 255)).as(Flip::new),
                Combinators.combine(fraction(), Arbitraries.integers().between(0, HOSTILE_BYTES.size() - 1)).as(Insert::new),
                Combinators.combine(fraction(), Arbitraries.doubles().between(0, 0.3), fraction()).as(DuplicateSlice::new),
                Combinators.combine(fraction(), Arbitraries.doubles().between(0, 0.3)).as(DeleteSlice::new));
    }

    // ---------------------------------------------------------------- JSON

    /** Replacement values for a number; LEN and CPLEN stand for the text's length in UTF-16 units and code points. */
    static final List<String> NUMBERS = List.of("-1", "0", "LEN", "LEN+1", "CPLEN", "CPLEN+1", "2147483647", "2147483648",
            "-2147483649", "9223372036854775808", "1e309", "1.5", "-0", "null", "\"7\"", "[]", "{}", "true",
            "123456789012345678901234567890");

    static final List<String> ESCAPES = List.of("\\ud800", "\\udc00", "\\ud83d", "\\u0000", "\\u202e", "\\uffff", "\\\\",
            "\\\"", "\\u0651");

    interface JsonMutation {
        String apply(String json, int textLength, int textCodePoints);
    }

    static String value(String v, int len, int cps) {
        return switch (v) {
            case "LEN" -> Integer.toString(len);
            case "LEN+1" -> Integer.toString(len + 1);
            case "CPLEN" -> Integer.toString(cps);
            case "CPLEN+1" -> Integer.toString(cps + 1);
            default -> v;
        };
    }

    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,]\\s{0,2})-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern STRING = Pattern.compile("\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"");
    private static final Pattern KEY = Pattern.compile("\"[A-Za-z@]+\"\\s*:\\s*");

    /** The {@code at}-th match (as a fraction of all matches), or -1. */
    static Matcher nth(Pattern p, String s, double at) {
        List<int[]> found = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        if (found.isEmpty()) {
            return null;
        }
        int[] chosen = found.get(Math.min(found.size() - 1, (int) (found.size() * at)));
        Matcher again = p.matcher(s);
        again.region(chosen[0], s.length());
        return again.find() ? again : null;
    }

    record ReplaceNumber(double at, String by) implements JsonMutation {
        public String apply(String json, int len, int cps) {
            Matcher m = nth(NUMBER, json, at);
            return m == null ? json : json.substring(0, m.start()) + value(by, len, cps) + json.substring(m.end());
        }
    }

    record EscapeInString(double at, String escape) implements JsonMutation {
        public String apply(String json, int len, int cps) {
            Matcher m = nth(STRING, json, at);
            return m == null ? json : json.substring(0, m.start() + 1) + escape + json.substring(m.start() + 1);
        }
    }

    record DeepNest(double at, int depth) implements JsonMutation {
        public String apply(String json, int len, int cps) {
            Matcher m = nth(NUMBER, json, at);
            if (m == null) {
                return "[".repeat(depth) + "]".repeat(depth);
            }
            return json.substring(0, m.start()) + "[".repeat(depth) + m.group() + "]".repeat(depth) + json.substring(m.end());
        }
    }

    record DropKey(double at) implements JsonMutation {
        public String apply(String json, int len, int cps) {
            Matcher m = nth(KEY, json, at);
            return m == null ? json : json.substring(0, m.start()) + "\"_gone_" + json.substring(m.start() + 1);
        }
    }

    record DuplicateKey(double at) implements JsonMutation {
        public String apply(String json, int len, int cps) {
            Matcher m = nth(KEY, json, at);
            return m == null ? json : json.substring(0, m.start()) + m.group() + "1, " + json.substring(m.start());
        }
    }

    record HugeString(double at, int size) implements JsonMutation {
        public String apply(String json, int len, int cps) {
            Matcher m = nth(STRING, json, at);
            return m == null ? json : json.substring(0, m.start() + 1) + "ب".repeat(size) + json.substring(m.start() + 1);
        }
    }

    record WrongType(double at, String by) implements JsonMutation {
        public String apply(String json, int len, int cps) {
            Matcher m = nth(STRING, json, at);
            return m == null ? json : json.substring(0, m.start()) + by + json.substring(m.end());
        }
    }

    static Arbitrary<JsonMutation> json() {
        return Arbitraries.oneOf(
                Combinators.combine(fraction(), Arbitraries.of(NUMBERS)).as(ReplaceNumber::new),
                Combinators.combine(fraction(), Arbitraries.of(ESCAPES)).as(EscapeInString::new),
                Combinators.combine(fraction(), Arbitraries.integers().between(8, 100_000)).as(DeepNest::new),
                fraction().map(DropKey::new),
                fraction().map(DuplicateKey::new),
                Combinators.combine(fraction(), Arbitraries.integers().between(1_000, 2_000_000)).as(HugeString::new),
                Combinators.combine(fraction(), Arbitraries.of("1", "[]", "{}", "null", "true", "\"\"")).as(WrongType::new));
    }

    // ---------------------------------------------------------------- lines (brat)

    interface LineMutation {
        String apply(String text, int textLength, int textCodePoints);
    }

    private static final Pattern OFFSET = Pattern.compile("(?<=[ ;])[0-9]+(?=[ ;\t])");

    record ReplaceOffset(double at, String by) implements LineMutation {
        public String apply(String ann, int len, int cps) {
            Matcher m = nth(OFFSET, ann, at);
            return m == null ? ann : ann.substring(0, m.start()) + value(by, len, cps) + ann.substring(m.end());
        }
    }

    record ShuffleLines(long seed) implements LineMutation {
        public String apply(String ann, int len, int cps) {
            List<String> lines = new ArrayList<>(List.of(ann.split("\n", -1)));
            Collections.shuffle(lines, new Random(seed));
            return String.join("\n", lines);
        }
    }

    record DuplicateLine(double at) implements LineMutation {
        public String apply(String ann, int len, int cps) {
            List<String> lines = new ArrayList<>(List.of(ann.split("\n", -1)));
            int i = Math.min(lines.size() - 1, (int) (lines.size() * at));
            lines.add(i, lines.get(i));
            return String.join("\n", lines);
        }
    }

    record DropLine(double at) implements LineMutation {
        public String apply(String ann, int len, int cps) {
            List<String> lines = new ArrayList<>(List.of(ann.split("\n", -1)));
            lines.remove(Math.min(lines.size() - 1, (int) (lines.size() * at)));
            return String.join("\n", lines);
        }
    }

    record ManyLines(int count) implements LineMutation {
        public String apply(String ann, int len, int cps) {
            StringBuilder sb = new StringBuilder(ann);
            for (int i = 0; i < count; i++) {
                sb.append("T").append(10_000 + i).append("\tSpeaker 0 3\tقال\n");
            }
            return sb.toString();
        }
    }

    static Arbitrary<LineMutation> lines() {
        return Arbitraries.oneOf(
                Combinators.combine(fraction(), Arbitraries.of(List.of("-1", "0", "LEN", "LEN+1", "CPLEN", "CPLEN+1",
                        "99999999999", "2147483648", "00", "1;2"))).as(ReplaceOffset::new),
                Arbitraries.longs().map(ShuffleLines::new),
                fraction().map(DuplicateLine::new),
                fraction().map(DropLine::new),
                Arbitraries.integers().between(1, 600).map(ManyLines::new));
    }
}
