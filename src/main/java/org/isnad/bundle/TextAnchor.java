package org.isnad.bundle;

import java.util.ArrayList;
import java.util.List;
import org.isnad.message.Message;
import org.isnad.text.CodePointIndex;
import org.isnad.text.Graphemes;
import org.isnad.text.TextRange;

/**
 * Finds where a W3C annotation belongs in a text: at its TextPositionSelector (code points) when
 * the text there is its {@code exact}; else at the occurrence of {@code exact} whose prefix and
 * suffix match (the nearest to the position if several do); else nowhere, with the reason.
 */
final class TextAnchor {
    /** How many code points of context an exported TextQuoteSelector carries on each side. */
    static final int CONTEXT = 32;

    private final String text;
    private final CodePointIndex index;

    TextAnchor(String text) {
        this.text = text;
        this.index = new CodePointIndex(text);
    }

    /** Where it was found (UTF-16 offsets), or why not. */
    record Result(TextRange range, Message problem) {
        boolean found() {
            return range != null;
        }
    }

    Result anchor(Integer startCp, Integer endCp, String exact, String prefix, String suffix) {
        TextRange atPosition = null;
        if (startCp != null && endCp != null && startCp >= 0 && startCp < endCp && endCp <= index.codePointLength()) {
            TextRange r = new TextRange(index.toUtf16(startCp), index.toUtf16(endCp));
            if (exact == null || text.substring(r.start(), r.end()).equals(exact)) {
                return checked(r);
            }
            atPosition = r;
        }
        if (exact == null || exact.isEmpty()) {
            return new Result(null, startCp == null ? Message.of("bundle.anchor.nothing")
                    : Message.of("bundle.anchor.outside", startCp, endCp));
        }
        List<Integer> all = new ArrayList<>();
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            all.add(at);
        }
        if (all.isEmpty()) {
            return new Result(null, Message.of("bundle.anchor.absent", exact));
        }
        List<Integer> inContext = all.stream().filter(at -> (prefix == null || text.startsWith(prefix, at - prefix.length()) && at >= prefix.length())
                && (suffix == null || text.startsWith(suffix, at + exact.length()))).toList();
        List<Integer> candidates = inContext.isEmpty() ? all : inContext;
        if (candidates.size() > 1 && atPosition == null) {
            return new Result(null, Message.of("bundle.anchor.ambiguous", exact, candidates.size()));
        }
        int best = candidates.get(0);
        if (atPosition != null) {
            int hint = atPosition.start();
            for (int at : candidates) {
                if (Math.abs(at - hint) < Math.abs(best - hint)) {
                    best = at;
                }
            }
        }
        return checked(new TextRange(best, best + exact.length()));
    }

    private Result checked(TextRange r) {
        if (!Graphemes.isBoundary(text, r.start()) || !Graphemes.isBoundary(text, r.end())) {
            return new Result(null, Message.of("bundle.anchor.splits", r.start(), r.end()));
        }
        return new Result(r, null);
    }

    /** Up to {@link #CONTEXT} code points before the UTF-16 offset. */
    String prefix(int start) {
        int from = index.toUtf16(Math.max(0, index.toCodePoints(start) - CONTEXT));
        return text.substring(from, start);
    }

    /** Up to {@link #CONTEXT} code points after the UTF-16 offset. */
    String suffix(int end) {
        int to = index.toUtf16(Math.min(index.codePointLength(), index.toCodePoints(end) + CONTEXT));
        return text.substring(end, to);
    }

    int toCodePoints(int utf16) {
        return index.toCodePoints(utf16);
    }
}
