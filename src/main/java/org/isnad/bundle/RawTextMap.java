package org.isnad.bundle;

import org.isnad.text.ImportedText;

/**
 * A text file as read (raw) and as Isnad stores it (one BOM removed, CRLF and CR turned into LF),
 * with the map from raw UTF-16 offsets to stored ones: brat counts the characters of the file it
 * was given, so a {@code .txt} with CRLF line ends has offsets that must move.
 */
final class RawTextMap {
    private final String stored;
    private final int[] toStored;

    RawTextMap(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int[] map = new int[raw.length() + 1];
        int i = 0;
        if (!raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
            map[0] = 0;
            i = 1;
        }
        for (; i < raw.length(); i++) {
            char c = raw.charAt(i);
            map[i] = out.length();
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    map[++i] = out.length();
                }
            } else {
                out.append(c);
            }
        }
        map[raw.length()] = out.length();
        this.stored = out.toString();
        this.toStored = map;
        if (!stored.equals(ImportedText.normalize(raw))) {
            throw new IllegalStateException("line-ending map disagrees with ImportedText.normalize");
        }
    }

    String stored() {
        return stored;
    }

    int toStored(int rawOffset) {
        return toStored[rawOffset];
    }
}
