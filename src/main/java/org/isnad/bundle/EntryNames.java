package org.isnad.bundle;

import java.util.regex.Pattern;
import org.isnad.message.Message;

/**
 * The entries a native bundle may contain, and the safety rules for any entry name: relative,
 * forward slashes, no {@code ..}, no control characters. An unsafe name is refused before anything
 * is read from the entry, so nothing can ever be written or looked up outside the bundle.
 */
final class EntryNames {
    static final String MANIFEST = "manifest.json";
    static final String ACTORS = "actors.json";
    /** Format version 3: the claim records with their stances and ratings. */
    static final String CLAIMS = "claims.json";
    static final Pattern DOCUMENT = Pattern.compile("documents/([1-9][0-9]{0,5})/document\\.json");
    static final Pattern TEXT = Pattern.compile("documents/([1-9][0-9]{0,5})/text\\.txt");
    static final Pattern AUDIT = Pattern.compile("documents/([1-9][0-9]{0,5})/audit\\.json");
    /** Format version 3: who analyses and curates the document. */
    static final Pattern ASSIGNMENT = Pattern.compile("documents/([1-9][0-9]{0,5})/assignment\\.json");
    static final Pattern SET = Pattern.compile("documents/([1-9][0-9]{0,5})/sets/([1-9][0-9]{0,5})\\.json");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private EntryNames() {
    }

    static String document(int n) {
        return "documents/" + n + "/document.json";
    }

    static String text(int n) {
        return "documents/" + n + "/text.txt";
    }

    static String audit(int n) {
        return "documents/" + n + "/audit.json";
    }

    static String assignment(int n) {
        return "documents/" + n + "/assignment.json";
    }

    /** Whether the entry is one that format version 3 added. */
    static boolean sinceVersion3(String name) {
        return name.equals(CLAIMS) || ASSIGNMENT.matcher(name).matches();
    }

    static String set(int n, int m) {
        return "documents/" + n + "/sets/" + m + ".json";
    }

    /** Why the name is unsafe, or null when it is safe. */
    static Message unsafe(String name, int maxLength) {
        if (name.isEmpty()) {
            return Message.of("bundle.entry.emptyName");
        }
        if (name.length() > maxLength) {
            return Message.of("bundle.entry.longName", maxLength);
        }
        if (name.startsWith("/") || name.startsWith("\\") || DRIVE.matcher(name).matches()) {
            return Message.of("bundle.entry.absolute");
        }
        if (name.indexOf('\\') >= 0) {
            return Message.of("bundle.entry.backslash");
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return Message.of("bundle.entry.parent");
            }
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            return Message.of("bundle.entry.control");
        }
        return null;
    }

    /** Whether the name is one the format knows (directories aside). */
    static boolean known(String name) {
        return name.equals(MANIFEST) || name.equals(ACTORS) || sinceVersion3(name) || DOCUMENT.matcher(name).matches()
                || TEXT.matcher(name).matches() || AUDIT.matcher(name).matches() || SET.matcher(name).matches();
    }
}
