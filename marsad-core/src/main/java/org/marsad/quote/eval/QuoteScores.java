package org.marsad.quote.eval;

import org.marsad.model.Quote;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts of a quote evaluation by group (a split, an outlet) and kind: matched, predicted and gold quotes, and
 * speakers right among the matched ones.
 */
public final class QuoteScores {
    /** The counts of one group and kind. */
    public static final class Counts {
        int matched;
        int predicted;
        int gold;
        int speakerRight;

        public int matched() {
            return matched;
        }

        public int predicted() {
            return predicted;
        }

        public int gold() {
            return gold;
        }

        public int speakerRight() {
            return speakerRight;
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

        /** Speakers right among matched quotes. */
        public double speakerAccuracy() {
            return matched == 0 ? 0 : (double) speakerRight / matched;
        }
    }

    private final Map<String, Map<Quote.Kind, Counts>> groups = new LinkedHashMap<>();

    Counts counts(String group, Quote.Kind kind) {
        return groups.computeIfAbsent(group, g -> new EnumMap<>(Quote.Kind.class))
                .computeIfAbsent(kind, k -> new Counts());
    }

    /** Groups in the order they were first counted, each with its kinds. */
    public Map<String, Map<Quote.Kind, Counts>> groups() {
        return groups;
    }
}
