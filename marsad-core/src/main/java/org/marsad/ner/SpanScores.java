package org.marsad.ner;

import org.marsad.model.EntityType;

import java.util.EnumMap;
import java.util.Map;

/**
 * Precision, recall and F1 over entity spans with CoNLL exact matching: a predicted entity counts only when its
 * type, first word and last word all equal a gold entity's. Spans are read from BIO labels as conlleval reads
 * them, so an I-X after O or after another type opens a new entity. Accumulates over sentences; not thread-safe.
 */
final class SpanScores {
    /** Counts for one type. */
    static final class Counts {
        int truePositives, predicted, gold;

        double precision() {
            return predicted == 0 ? 0 : 100.0 * truePositives / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : 100.0 * truePositives / gold;
        }

        double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);
    private long tokens;

    void add(int[] gold, int[] predicted) {
        tokens += gold.length;
        int n = gold.length;
        for (int i = 0; i < n; i++) {
            int goldEnd = starts(gold, i) ? end(gold, i) : -1;
            int predictedEnd = starts(predicted, i) ? end(predicted, i) : -1;
            if (goldEnd >= 0) count(BioLabels.type(gold[i])).gold++;
            if (predictedEnd >= 0) count(BioLabels.type(predicted[i])).predicted++;
            if (goldEnd >= 0 && goldEnd == predictedEnd && BioLabels.type(gold[i]) == BioLabels.type(predicted[i])) {
                count(BioLabels.type(gold[i])).truePositives++;
            }
        }
    }

    private Counts count(EntityType type) {
        return byType.computeIfAbsent(type, t -> new Counts());
    }

    /** Whether an entity begins at {@code i}. */
    private static boolean starts(int[] labels, int i) {
        int label = labels[i];
        if (label == BioLabels.OUTSIDE) return false;
        if (BioLabels.isBegin(label) || i == 0) return true;
        int previous = labels[i - 1];
        return previous == BioLabels.OUTSIDE || BioLabels.type(previous) != BioLabels.type(label);
    }

    /** The index after the last word of the entity that begins at {@code i}. */
    private static int end(int[] labels, int i) {
        EntityType type = BioLabels.type(labels[i]);
        int j = i + 1;
        while (j < labels.length && BioLabels.isInside(labels[j]) && BioLabels.type(labels[j]) == type) j++;
        return j;
    }

    Map<EntityType, Counts> byType() {
        return byType;
    }

    Counts micro() {
        Counts total = new Counts();
        for (Counts c : byType.values()) {
            total.truePositives += c.truePositives;
            total.predicted += c.predicted;
            total.gold += c.gold;
        }
        return total;
    }

    long tokens() {
        return tokens;
    }
}
