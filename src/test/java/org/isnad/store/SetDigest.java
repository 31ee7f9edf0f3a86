package org.isnad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.isnad.domain.AnnotationSet;

/** A short fingerprint of everything in an annotation set (spans with all their fields, and links). */
final class SetDigest {
    private SetDigest() {
    }

    static String of(AnnotationSet set) {
        List<String> lines = new ArrayList<>();
        set.spans().forEach(s -> lines.add("S " + s));
        set.links().forEach(l -> lines.add("L " + l));
        lines.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return lines.size() + ":" + HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
