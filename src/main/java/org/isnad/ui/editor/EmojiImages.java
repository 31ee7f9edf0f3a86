package org.isnad.ui.editor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/**
 * Emoji drawn as pictures: JavaFX draws no colour font (docs/adr/0005), so each emoji grapheme cluster
 * (ZWJ sequences, skin tones, flags, keycaps) becomes one image from the bundled Twemoji sprite sheet
 * (npm emoji-datasource-twitter, CC BY 4.0; org/isnad/emoji/LICENSE.txt). The sequence table and the
 * sheet are read on the first emoji.
 */
public final class EmojiImages {

    static final String SHEET = "/org/isnad/emoji/twemoji-32.png";
    static final String TABLE = "/org/isnad/emoji/twemoji-32.tsv";
    private static final int CELL = 32;
    private static final int PITCH = CELL + 2;
    private static final Pattern CLUSTER = Pattern.compile("\\X");

    private static volatile Map<String, int[]> table;
    private static volatile Image sheet;

    private EmojiImages() {
    }

    /** A cheap test: could the text hold an emoji at all (a surrogate pair, a symbol or a keycap)? */
    static boolean mayHoldEmoji(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c) || c == '\u00A9' || c == '\u00AE' || c == '\u20E3' || c == '\uFE0F'
                    || (c >= '\u203C' && c <= '\u3299' && c != '\u2060' && !(c >= '\u2066' && c <= '\u2069'))) {
                return true;
            }
        }
        return false;
    }

    /** The emoji clusters of a text that have a picture, as {start, end} pairs in order. */
    static List<int[]> clusters(String s) {
        List<int[]> out = new ArrayList<>();
        if (!mayHoldEmoji(s)) {
            return out;
        }
        Matcher m = CLUSTER.matcher(s);
        while (m.find()) {
            if (m.end() - m.start() == 1 && s.charAt(m.start()) < '\u00A9') {
                continue;
            }
            if (cellOf(s.substring(m.start(), m.end())) != null) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    /** Whether a cluster has a picture. */
    public static boolean isEmoji(String cluster) {
        return cellOf(cluster) != null;
    }

    /** The picture of an emoji cluster, {@code size} pixels high, never mirrored by a right-to-left parent. */
    static ImageView view(String cluster, double size) {
        int[] cell = cellOf(cluster);
        if (cell == null) {
            throw new IllegalArgumentException("not an emoji with a picture: " + cluster);
        }
        ImageView v = new ImageView(sheet());
        v.setViewport(new Rectangle2D(cell[0] * PITCH + 1, cell[1] * PITCH + 1, CELL, CELL));
        v.setFitWidth(size);
        v.setFitHeight(size);
        v.setSmooth(true);
        v.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        return v;
    }

    /**
     * The cell of a cluster: as written, else without its emoji variation selectors (a sequence written
     * with fewer or more of them). A cluster asking for text presentation (U+FE0E) stays text, and so does
     * a lone symbol that is text by default (©, ™, ↔): the table holds those only with U+FE0F.
     */
    private static int[] cellOf(String cluster) {
        if (cluster.indexOf('\uFE0E') >= 0) {
            return null;
        }
        Map<String, int[]> t = table();
        int[] cell = t.get(key(cluster, true));
        if (cell == null && cluster.indexOf('\uFE0F') >= 0 && cluster.codePointCount(0, cluster.length()) > 2) {
            cell = t.get(key(cluster, false));
        }
        return cell;
    }

    private static String key(String cluster, boolean withSelectors) {
        StringBuilder sb = new StringBuilder();
        cluster.codePoints().forEach(cp -> {
            if (!withSelectors && cp == 0xFE0F) {
                return;
            }
            if (sb.length() > 0) {
                sb.append('-');
            }
            String hex = Integer.toHexString(cp).toUpperCase();
            sb.append("0".repeat(Math.max(0, 4 - hex.length()))).append(hex);
        });
        return sb.toString();
    }

    private static Map<String, int[]> table() {
        Map<String, int[]> t = table;
        if (t == null) {
            synchronized (EmojiImages.class) {
                t = table;
                if (t == null) {
                    t = readTable();
                    table = t;
                }
            }
        }
        return t;
    }

    private static Image sheet() {
        Image s = sheet;
        if (s == null) {
            synchronized (EmojiImages.class) {
                s = sheet;
                if (s == null) {
                    try (InputStream in = EmojiImages.class.getResourceAsStream(SHEET)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource " + SHEET);
                        }
                        s = new Image(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    sheet = s;
                }
            }
        }
        return s;
    }

    private static Map<String, int[]> readTable() {
        Map<String, int[]> t = new HashMap<>(8192);
        try (InputStream in = EmojiImages.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TABLE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                t.put(f[0], new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }
}
