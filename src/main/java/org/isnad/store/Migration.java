package org.isnad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One versioned SQL file, e.g. {@code V1__initial_schema.sql}: version 1, "initial schema". */
record Migration(int version, String description, String fileName, String sql, String checksum) {
    private static final Pattern NAME = Pattern.compile("V([1-9][0-9]*)__([A-Za-z0-9_]+)\\.sql");

    static Migration of(String fileName, String content) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("migration file name must look like V2__add_reviews.sql, not " + fileName);
        }
        String normalized = normalize(content);
        return new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), fileName, normalized,
                sha256(normalized));
    }

    /**
     * The statements, split at semicolons that end a line; lines starting with "--" are comments.
     * (So a statement must not end a line inside a string literal with a semicolon.)
     */
    List<String> statements() {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    /**
     * The checksum is taken over the text with a BOM removed and line endings made "\n", so that a
     * checkout with Windows line endings does not look like a changed migration.
     */
    static String normalize(String content) {
        String s = content.startsWith("\uFEFF") ? content.substring(1) : content;
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
