package org.marsad.ner.train;

import org.marsad.model.EntityType;
import org.marsad.ner.BioCodec;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Precision, recall and F1 over entity spans with CoNLL exact matching: a predicted entity counts only when its
 * type, first word and last word all equal a gold entity's. Spans are read from BIO labels as conlleval reads
 * them ({@link BioCodec#decode}), so an I-X after O or after another type opens a new entity. Accumulates over
 * sentences; not thread-safe.
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
        List<BioCodec.Entity> predictedEntities = BioCodec.decode(predicted);
        Set<BioCodec.Entity> found = new HashSet<>(predictedEntities);
        for (BioCodec.Entity entity : predictedEntities) count(entity.type()).predicted++;
        for (BioCodec.Entity entity : BioCodec.decode(gold)) {
            Counts counts = count(entity.type());
            counts.gold++;
            if (found.contains(entity)) counts.truePositives++;
        }
    }

    private Counts count(EntityType type) {
        return byType.computeIfAbsent(type, t -> new Counts());
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
