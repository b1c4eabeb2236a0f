package org.marsad.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The stretches of a paragraph set in quotation marks. Guillemets (« ») say which side they are on and nest; the
 * straight mark " and the curly ones (“ ” „, which pages also print reversed, and the double prime ″ some sites
 * use for them) do not say it, so a mark opens when a space or the paragraph's start is before it and a letter
 * after it, and closes the other way round; a mark between two spaces, or between two letters, closes the open
 * stretch if there is one and opens one otherwise. Inside an open stretch, a mark shaped to open starts a
 * quotation inside the quotation, which the next closing mark ends; deeper nesting is not told apart. A stretch
 * left open runs to the paragraph's end; a closing mark without an opening one is ignored. Every mark is looked
 * at once: time linear in the paragraph.
 */
final class QuotationMarks {
    /**
     * A quoted stretch: {@code open} is the index of its opening mark, {@code close} that of its closing mark or,
     * when it never closes, the end of the paragraph.
     */
    record Marked(int open, int close, boolean closed) {
        int contentStart() {
            return open + 1;
        }
    }

    private QuotationMarks() {
    }

    /** The quoted stretches of {@code text[from, to)}, by their opening mark. */
    static List<Marked> find(CharSequence text, int from, int to) {
        if (!containsMark(text, from, to)) return List.of(); // most paragraphs have none
        List<Marked> found = new ArrayList<>();
        int guillemetDepth = 0;
        int[] guillemets = new int[8];
        int outer = -1; // the open stretch of straight and curly marks
        int inner = -1; // and the one open inside it
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '«') {
                if (guillemetDepth == guillemets.length) guillemets = Arrays.copyOf(guillemets, 2 * guillemetDepth);
                guillemets[guillemetDepth++] = i;
            } else if (c == '»') {
                if (guillemetDepth > 0) found.add(new Marked(guillemets[--guillemetDepth], i, true));
            } else if (isAmbiguousMark(c)) {
                boolean opensShape = opensAt(text, from, i);
                boolean closesShape = closesAt(text, to, i);
                boolean shapedToOpen = opensShape && !closesShape;
                if (outer < 0) {
                    if (opensShape || !closesShape) outer = i;
                } else if (inner >= 0) {
                    if (!shapedToOpen) {
                        found.add(new Marked(inner, i, true));
                        inner = -1;
                    }
                } else if (shapedToOpen && afterColon(text, from, i)) {
                    outer = i; // قائلا: "…: a colon opens a quotation, so the mark left open before it was stray
                } else if (shapedToOpen) {
                    inner = i;
                } else {
                    found.add(new Marked(outer, i, true));
                    outer = -1;
                }
            }
        }
        if (outer >= 0) found.add(new Marked(outer, to, false));
        if (guillemetDepth > 0) found.add(new Marked(guillemets[0], to, false));
        found.sort(Comparator.comparingInt(Marked::open));
        return found;
    }

    /** The offsets of every quotation mark in {@code text}, ascending. */
    static int[] markPositions(String text) {
        return positionsOf(text, '"', '“', '”', '„', '″', '«', '»');
    }

    /** The offsets of every one of {@code chars} in {@code text}, ascending. */
    static int[] positionsOf(String text, char... chars) {
        int[] found = new int[16];
        int count = 0;
        for (char c : chars) {
            for (int at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + 1)) {
                if (count == found.length) found = Arrays.copyOf(found, 2 * count);
                found[count++] = at;
            }
        }
        found = Arrays.copyOf(found, count);
        Arrays.sort(found);
        return found;
    }

    /** Whether {@code text[from, to)} holds a quotation mark; looks no further than {@code to}. */
    private static boolean containsMark(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isMark(text.charAt(i))) return true;
        }
        return false;
    }

    /**
     * The outermost stretches of {@code text[from, to)} in parentheses, which news also uses as quotation marks
     * (قال: (…)); whether a stretch is a quotation is for the caller to tell from what stands before it.
     */
    static List<Marked> parentheses(CharSequence text, int from, int to) {
        if (!contains(text, '(', from, to)) return List.of();
        // each ) closes the nearest open (; an ( left open closes nothing and hides nothing
        List<Marked> pairs = new ArrayList<>();
        int[] open = new int[8];
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                if (depth == open.length) open = Arrays.copyOf(open, 2 * depth);
                open[depth++] = i;
            } else if (c == ')' && depth > 0) {
                pairs.add(new Marked(open[--depth], i, true));
            }
        }
        pairs.sort(Comparator.comparingInt(Marked::open));
        List<Marked> outermost = new ArrayList<>();
        int lastClose = -1;
        for (Marked pair : pairs) {
            if (pair.open() > lastClose) {
                outermost.add(pair);
                lastClose = pair.close();
            }
        }
        return outermost;
    }

    static boolean isAmbiguousMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '″';
    }

    private static boolean contains(CharSequence text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) return true;
        }
        return false;
    }

    static boolean isMark(char c) {
        return isAmbiguousMark(c) || c == '«' || c == '»';
    }

    /** A space, an opening bracket or the start before it, or a one-letter clitic written onto the mark (و"). */
    private static boolean opensAt(CharSequence text, int from, int i) {
        if (i == from) return true;
        char before = text.charAt(i - 1);
        if (Character.isWhitespace(before) || before == '(' || before == '[' || before == ':') return true;
        if (before == 'و' || before == 'ب' || before == 'ل' || before == 'ف' || before == 'ك') {
            return i - 1 == from || Character.isWhitespace(text.charAt(i - 2));
        }
        return false;
    }

    /** Whether a colon stands right before the mark at {@code i}, spaces apart. */
    private static boolean afterColon(CharSequence text, int from, int i) {
        int j = i - 1;
        while (j >= from && text.charAt(j) == ' ') j--;
        return j >= from && text.charAt(j) == ':';
    }

    /** A space, punctuation or the end after it. */
    private static boolean closesAt(CharSequence text, int to, int i) {
        if (i + 1 == to) return true;
        char after = text.charAt(i + 1);
        return Character.isWhitespace(after) || isClosingPunctuation(after);
    }

    private static boolean isClosingPunctuation(char c) {
        return switch (c) {
            case '.', ',', '،', '؛', ';', ':', '!', '?', '؟', ')', ']', '…', '-', '»' -> true;
            default -> false;
        };
    }
}
