package org.isnad.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs quotation marks within each paragraph: “ ” and « » (either way round, since
 * right-to-left typing often swaps them), straight "…", nesting, and marks left open.
 * Whether a pair is speech or just a name in quotes is decided elsewhere.
 */
final class QuotationMarks {

    private QuotationMarks() {
    }

    static boolean isMark(char c) {
        return c == '“' || c == '”' || c == '«' || c == '»' || c == '"' || c == '„' || c == '‟';
    }

    /** The pairs among the marks, given by their tokens' indices {@code marks} (with the paragraph breaks, in order). */
    static List<MarkedSpan> pair(List<Token> tokens, int[] marks, char[] text, int length) {
        List<MarkedSpan> spans = new ArrayList<>();
        List<Integer> stack = new ArrayList<>();
        for (int i : marks) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.PARAGRAPH) {
                leaveOpen(stack, 0, spans);
                continue;
            }
            if (t.kind() != Token.Kind.MARK) {
                continue;
            }
            char c = t.text().charAt(0);
            boolean boundaryBefore = t.start() == 0 || isBoundary(text[t.start() - 1], true);
            boolean boundaryAfter = t.end() >= length || isBoundary(text[t.end()], false);
            boolean openerLike = boundaryBefore && !boundaryAfter;
            boolean closerLike = !boundaryBefore && boundaryAfter;
            int family = family(c);
            int top = topOf(stack, tokens, family);
            if (family == STRAIGHT) {
                if (top >= 0 && !openerLike) {
                    close(stack, top, i, spans);
                } else if (top >= 0) {
                    // straight marks do not nest: the earlier one was left open
                    leaveOpen(stack, top, spans);
                    stack.add(i);
                } else if (!closerLike) {
                    stack.add(i);
                }
            } else if (c == '“' || c == '«' || c == '„' || c == '‟') {
                if (closerLike && top >= 0) {
                    close(stack, top, i, spans);
                } else {
                    stack.add(i);
                }
            } else if (top >= 0) {
                close(stack, top, i, spans);
            } else if (openerLike) {
                stack.add(i);
            }
        }
        leaveOpen(stack, 0, spans);
        spans.sort(Comparator.comparingInt(MarkedSpan::open));
        return spans;
    }

    private static final int CURLY = 0;
    private static final int GUILLEMET = 1;
    private static final int STRAIGHT = 2;

    private static int family(char c) {
        if (c == '«' || c == '»') {
            return GUILLEMET;
        }
        return c == '"' ? STRAIGHT : CURLY;
    }

    private static int topOf(List<Integer> stack, List<Token> tokens, int family) {
        for (int k = stack.size() - 1; k >= 0; k--) {
            if (family(tokens.get(stack.get(k)).text().charAt(0)) == family) {
                return k;
            }
        }
        return -1;
    }

    private static void close(List<Integer> stack, int k, int closeToken, List<MarkedSpan> spans) {
        leaveOpen(stack, k + 1, spans);
        spans.add(new MarkedSpan(stack.remove(k), closeToken));
    }

    private static void leaveOpen(List<Integer> stack, int from, List<MarkedSpan> spans) {
        while (stack.size() > from) {
            spans.add(new MarkedSpan(stack.remove(stack.size() - 1), -1));
        }
    }

    /** Space, line start, punctuation or another mark: where a quote may open or close. */
    private static boolean isBoundary(char c, boolean before) {
        if (Tokenizer.isSpace(c) || isMark(c)) {
            return true;
        }
        String around = before ? "([{:،,؛;-–—/" : ")]}.,،:؛;!?؟…-–—/";
        return around.indexOf(c) >= 0;
    }
}
