package org.isnad.bundle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.isnad.domain.Assignment;
import org.isnad.message.Message;

/** {@code documents/N/assignment.json} (format version 3): who analyses and who curates the document. */
final class AssignmentEntry {
    private static final Set<String> FIELDS = Set.of("documentId", "analysts", "curator", "assignedBy", "assignedAt");

    private AssignmentEntry() {
    }

    static ObjectNode write(Assignment a) {
        ObjectNode o = BundleJson.object();
        o.put("documentId", a.documentId());
        ArrayNode analysts = o.putArray("analysts");
        a.analysts().forEach(analysts::add);
        o.put("curator", a.curator());
        o.put("assignedBy", a.assignedBy());
        o.put("assignedAt", a.assignedAt().toString());
        return o;
    }

    /** Reads the entry of the document with id {@code documentId} (as the bundle has it). */
    static Assignment read(byte[] bytes, String entry, BundleLimits limits, String documentId) {
        JsonFields f = JsonFields.of(BundleJson.parse(bytes, entry, limits.maxJsonDepth()), entry, "the assignment", FIELDS);
        if (!f.text("documentId").equals(documentId)) {
            throw f.refuse(Message.of("bundle.native.documentId", f.text("documentId"), documentId));
        }
        return NativeBundleReader.domain(f, () -> new Assignment(documentId, f.texts("analysts"), f.optionalText("curator"),
                f.text("assignedBy"), BundleManifest.instant(f, "assignedAt")));
    }
}
