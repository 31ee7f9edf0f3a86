package org.isnad.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.isnad.message.Message;

/**
 * {@code manifest.json}: what the bundle is (format {@value #FORMAT}, version {@value #VERSION}), who
 * made it with which program and when, and every other entry with its SHA-256 and size. Its own
 * {@code manifestSha256} is the SHA-256 of the canonical manifest without that field, so a changed
 * byte in the manifest is caught as well as one in any entry.
 */
record BundleManifest(int version, String creator, String program, Instant created, List<ManifestEntry> entries) {
    static final String FORMAT = "isnad-bundle";
    /**
     * Version 3 adds {@code claims.json} (claim records, their stances and signed ratings) and each document's
     * {@code assignment.json}; version 2 carries verdicts and sign-offs in each set's review; version 1 had
     * only the state.
     */
    static final int VERSION = 3;
    /** The oldest version still read: a version-2 bundle imports as it did (without claims or assignments). */
    static final int OLDEST_READ = 2;
    private static final Set<String> FIELDS = Set.of("format", "version", "creator", "program", "created", "entries",
            "manifestSha256");
    private static final Set<String> ENTRY_FIELDS = Set.of("path", "sha256", "size");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    BundleManifest {
        entries = List.copyOf(entries);
    }

    /** A manifest of the current version, as every export writes. */
    BundleManifest(String creator, String program, Instant created, List<ManifestEntry> entries) {
        this(VERSION, creator, program, created, entries);
    }

    /** The manifest's JSON, with its own digest. */
    ObjectNode toJson() {
        ObjectNode json = withoutDigest();
        json.put("manifestSha256", digestOf(json));
        return json;
    }

    byte[] bytes() {
        return BundleJson.bytes(toJson());
    }

    private ObjectNode withoutDigest() {
        ObjectNode json = BundleJson.object();
        json.put("format", FORMAT);
        json.put("version", version);
        json.put("creator", creator);
        json.put("program", program);
        json.put("created", created.toString());
        ArrayNode list = json.putArray("entries");
        for (ManifestEntry e : entries) {
            ObjectNode o = list.addObject();
            o.put("path", e.path());
            o.put("sha256", e.sha256());
            o.put("size", e.size());
        }
        return json;
    }

    private static String digestOf(ObjectNode withoutDigest) {
        return Digests.sha256Hex(BundleJson.bytes(withoutDigest));
    }

    /**
     * Reads and checks a manifest: the format name and version first (so that a newer bundle is
     * named as such), then every field, then that the bytes are canonical and the digest matches.
     */
    static BundleManifest parse(byte[] bytes, BundleLimits limits) {
        String entry = EntryNames.MANIFEST;
        JsonNode node = BundleJson.parse(bytes, entry, limits.maxJsonDepth());
        if (!node.isObject()) {
            throw new BundleRefusal(entry, Message.of("bundle.manifest.notObject"));
        }
        JsonNode format = node.get("format");
        if (format == null || !format.isTextual() || !format.asText().equals(FORMAT)) {
            throw new BundleRefusal(entry, Message.of("bundle.manifest.notIsnad", FORMAT,
                    format == null ? JsonFields.kind(null) : format.toString()));
        }
        JsonNode version = node.get("version");
        if (version == null || !version.isIntegralNumber()) {
            throw new BundleRefusal(entry, Message.of("bundle.manifest.noVersion"));
        }
        if (version.asLong() < OLDEST_READ || version.asLong() > VERSION) {
            throw new BundleRefusal(entry, Message.of(version.asLong() > VERSION ? "bundle.manifest.newerVersion"
                    : "bundle.manifest.version", version.asText(), OLDEST_READ, VERSION));
        }
        JsonFields f = JsonFields.of(node, entry, "the manifest", FIELDS);
        String creator = f.text("creator");
        String program = f.text("program");
        Instant created = instant(f, "created");
        List<ManifestEntry> entries = f.objects("entries", ENTRY_FIELDS).stream().map(e -> {
            String sha = e.text("sha256");
            if (!SHA256.matcher(sha).matches()) {
                throw e.refuse(Message.of("bundle.manifest.sha"));
            }
            long size = e.longInteger("size");
            if (size < 0) {
                throw e.refuse(Message.of("bundle.manifest.size"));
            }
            return new ManifestEntry(e.text("path"), sha, size);
        }).toList();
        BundleManifest manifest = new BundleManifest(version.intValue(), creator, program, created, entries);
        String digest = f.text("manifestSha256");
        if (!java.util.Arrays.equals(bytes, manifest.bytes())) {
            if (!digest.equals(digestOf(manifest.withoutDigest()))) {
                throw new BundleRefusal(entry, Message.of("bundle.manifest.digest"));
            }
            throw new BundleRefusal(entry, Message.of("bundle.manifest.canonical"));
        }
        return manifest;
    }

    static Instant instant(JsonFields f, String name) {
        String value = f.text(name);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw f.refuse(Message.of("bundle.json.time", name, value));
        }
    }
}
