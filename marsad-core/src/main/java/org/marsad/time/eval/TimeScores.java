package org.marsad.time.eval;

import java.util.List;

/**
 * Scores of temporal expressions (docs/time.md, "Scoring"): spans matched one-to-one when they share at least half
 * the words of the longer (and, strictly, when they are equal), and the share of matched spans whose value is the
 * gold's. Texts are compared with runs of white space as one space, so that a peer that changes white space is
 * scored on the same words. Not thread-safe: one per evaluation.
 */
public final class TimeScores {
    /** A span and its value, in offsets of the white-space-collapsed text. */
    public record Timed(int start, int end, String value) {
    }

    /** How a system expression and the gold differ; {@code gold} or {@code system} is null when there is none. */
    public record Mismatch(Error error, Timed gold, Timed system) {
    }

    public enum Error { MISSED, SPURIOUS, WRONG_VALUE }

    private int gold, predicted, matched, strict, valueRight;

    /**
     * Adds one article: its gold and system expressions, both over the same collapsed text; returns where they
     * differ, in text order of the gold, then the system's expressions no gold expression matched.
     */
    public List<Mismatch> add(String collapsedText, List<Timed> goldTimes, List<Timed> system) {
        gold += goldTimes.size();
        predicted += system.size();
        List<Mismatch> mismatches = new java.util.ArrayList<>();
        boolean[] used = new boolean[system.size()];
        for (Timed g : goldTimes) {
            int best = -1;
            for (int k = 0; k < system.size(); k++) {
                if (!used[k] && matches(collapsedText, g, system.get(k))) {
                    best = k;
                    break;
                }
            }
            if (best < 0) {
                mismatches.add(new Mismatch(Error.MISSED, g, null));
                continue;
            }
            used[best] = true;
            matched++;
            Timed s = system.get(best);
            if (s.start() == g.start() && s.end() == g.end()) strict++;
            if (java.util.Objects.equals(g.value(), s.value())) {
                valueRight++; // null for null: no value to give
            } else {
                mismatches.add(new Mismatch(Error.WRONG_VALUE, g, s));
            }
        }
        for (int k = 0; k < system.size(); k++) {
            if (!used[k]) mismatches.add(new Mismatch(Error.SPURIOUS, null, system.get(k)));
        }
        return mismatches;
    }

    static boolean matches(String text, Timed a, Timed b) {
        int shared = words(text, Math.max(a.start(), b.start()), Math.min(a.end(), b.end()));
        int longer = Math.max(words(text, a.start(), a.end()), words(text, b.start(), b.end()));
        return shared > 0 && 2 * shared >= longer;
    }

    /** The words that overlap {@code [start, end)}: runs of non-space characters. */
    private static int words(String text, int start, int end) {
        int count = 0;
        boolean inWord = false;
        for (int i = start; i < end && i < text.length(); i++) {
            boolean space = text.charAt(i) == ' ';
            if (!space && !inWord) count++;
            inWord = !space;
        }
        return count;
    }

    /** The text with every run of white space as one space, and for each original offset its collapsed offset. */
    public record Collapsed(String text, int[] offsets) {
        public int at(int original) {
            return offsets[Math.min(Math.max(original, 0), offsets.length - 1)];
        }
    }

    public static Collapsed collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] offsets = new int[text.length() + 1];
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            offsets[i] = out.length();
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) { // also no-break and narrow spaces
                if (!space && out.length() > 0) out.append(' ');
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        offsets[text.length()] = out.length();
        return new Collapsed(out.toString(), offsets);
    }

    public int gold() {
        return gold;
    }

    public int predicted() {
        return predicted;
    }

    public int matched() {
        return matched;
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) matched / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double strictF1() {
        double p = predicted == 0 ? 0 : (double) strict / predicted, r = gold == 0 ? 0 : (double) strict / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double valueAccuracy() {
        return matched == 0 ? 0 : (double) valueRight / matched;
    }

}
