package org.marsad.quote.eval;

import org.marsad.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs system quotes with gold quotes over one text (docs/quotes.md, "Scoring"): two spans match when the words
 * they share are at least half of the words of the longer one; pairs are taken best overlap first (most shared
 * words, then the shorter of the longer spans), each quote in one pair at most. A word is a run of characters between spaces; a span that cuts a word has that word.
 */
final class QuoteMatching {
    private final int[] wordAt;

    QuoteMatching(String text) {
        wordAt = new int[text.length()];
        int word = -1;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) word++;
            inWord = !space;
            wordAt[i] = space ? -1 : word;
        }
    }

    /** The first and last word of {@code span}, or null when it has no word. */
    int[] words(Span span) {
        int first = -1, last = -1;
        for (int i = Math.max(0, span.start()); i < Math.min(wordAt.length, span.end()); i++) {
            if (wordAt[i] < 0) continue;
            if (first < 0) first = wordAt[i];
            last = wordAt[i];
        }
        return first < 0 ? null : new int[]{first, last};
    }

    int shared(Span a, Span b) {
        int[] x = words(a), y = words(b);
        return x == null || y == null ? 0 : shared(x, y);
    }

    boolean matches(Span a, Span b) {
        int[] x = words(a), y = words(b);
        return x != null && y != null && matches(x, y);
    }

    /** The words two ranges of words share. */
    private static int shared(int[] x, int[] y) {
        return Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]) + 1);
    }

    private static int longer(int[] x, int[] y) {
        return Math.max(x[1] - x[0] + 1, y[1] - y[0] + 1);
    }

    private static boolean matches(int[] x, int[] y) {
        return 2 * shared(x, y) >= longer(x, y);
    }

    /** Index pairs {gold, system} of the one-to-one matching, best overlap first. */
    List<int[]> pair(List<Span> gold, List<Span> system) {
        int[][] goldWords = gold.stream().map(this::words).toArray(int[][]::new);
        int[][] systemWords = system.stream().map(this::words).toArray(int[][]::new);
        List<int[]> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int s = 0; s < system.size(); s++) {
                int[] x = goldWords[g], y = systemWords[s];
                if (x != null && y != null && matches(x, y)) candidates.add(new int[]{g, s, shared(x, y), longer(x, y)});
            }
        }
        // most shared words first; of equal overlaps, the pair whose longer span is shorter fits better
        candidates.sort(Comparator.comparingInt((int[] c) -> -c[2]).thenComparingInt(c -> c[3])
                .thenComparingInt(c -> c[0]).thenComparingInt(c -> c[1]));
        boolean[] goldTaken = new boolean[gold.size()], systemTaken = new boolean[system.size()];
        List<int[]> pairs = new ArrayList<>();
        for (int[] c : candidates) {
            if (goldTaken[c[0]] || systemTaken[c[1]]) continue;
            goldTaken[c[0]] = systemTaken[c[1]] = true;
            pairs.add(new int[]{c[0], c[1]});
        }
        return pairs;
    }
}
