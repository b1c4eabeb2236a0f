package org.marsad.ner;

import org.marsad.model.EntityType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The BIO tag scheme of the tagger: labels as small integers ({@code O}, then {@code B-} and {@code I-} for each
 * {@link EntityType} in declaration order), the rule of which label may follow which, and the one place where a
 * sentence's labels and its entity spans turn into each other. Files may spell the person type as ANERcorp does
 * ({@code PERS}) or as CoNLL does ({@code PER}). Thread-safe: it has no state.
 */
public final class BioCodec {
    public static final int OUTSIDE = 0;
    public static final int COUNT = 1 + 2 * EntityType.values().length;
    private static final EntityType[] TYPES = EntityType.values();

    /** An entity of a sentence: its words {@code [start, end)} and its type. */
    public record Entity(int start, int end, EntityType type) {
        public Entity {
            Objects.requireNonNull(type, "type");
            if (start < 0 || end <= start) throw new IllegalArgumentException("bad entity [" + start + ", " + end + ")");
        }
    }

    private BioCodec() {
    }

    public static int begin(EntityType type) {
        return 1 + 2 * type.ordinal();
    }

    public static int inside(EntityType type) {
        return 2 + 2 * type.ordinal();
    }

    public static boolean isBegin(int label) {
        return label != OUTSIDE && label % 2 == 1;
    }

    public static boolean isInside(int label) {
        return label != OUTSIDE && label % 2 == 0;
    }

    /** The type of a B- or I- label. */
    public static EntityType type(int label) {
        if (label == OUTSIDE) throw new IllegalArgumentException("O has no entity type");
        return TYPES[(label - 1) / 2];
    }

    /** Whether {@code label} may follow {@code previous} (-1 at the start of a sentence): I-X only after B-X or I-X. */
    public static boolean allowed(int previous, int label) {
        if (!isInside(label)) return true;
        return previous > OUTSIDE && type(previous) == type(label);
    }

    /** The label of a tag as files write it, or -1 when the tag is not one of ours. */
    public static int parse(String tag) {
        if (tag.equals("O")) return OUTSIDE;
        if (tag.length() < 3 || tag.charAt(1) != '-') return -1;
        EntityType type = switch (tag.substring(2)) {
            case "PERS", "PER" -> EntityType.PER;
            case "LOC" -> EntityType.LOC;
            case "ORG" -> EntityType.ORG;
            case "MISC" -> EntityType.MISC;
            default -> null;
        };
        if (type == null) return -1;
        return switch (tag.charAt(0)) {
            case 'B' -> begin(type);
            case 'I' -> inside(type);
            default -> -1;
        };
    }

    /** The tag of a label as files write it: {@code O}, {@code B-PER}, {@code I-LOC}. */
    public static String name(int label) {
        if (label == OUTSIDE) return "O";
        return (isBegin(label) ? "B-" : "I-") + type(label).name();
    }

    /** The entities of a sentence's labels; see {@link #decode(int[], int, int)}. */
    public static List<Entity> decode(int[] labels) {
        return decode(labels, 0, labels.length);
    }

    /**
     * The entities of the sentence {@code labels[from, to)}, with words counted from {@code from}, read as conlleval
     * reads tags: an entity runs from a B-X, or from an I-X that follows O or another type, over the I-X after it.
     * So any label sequence decodes, also one a decoder constrained by {@link #allowed} would never give.
     */
    public static List<Entity> decode(int[] labels, int from, int to) {
        List<Entity> entities = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (labels[i] == OUTSIDE) {
                i++;
                continue;
            }
            EntityType type = type(labels[i]);
            int j = i + 1;
            while (j < to && isInside(labels[j]) && type(labels[j]) == type) j++;
            entities.add(new Entity(i - from, j - from, type));
            i = j;
        }
        return entities;
    }

    /**
     * The labels of a sentence of {@code length} words with these entities, which must lie inside it and not
     * overlap; {@link #decode} gives them back.
     */
    public static int[] encode(List<Entity> entities, int length) {
        int[] labels = new int[length];
        Arrays.fill(labels, OUTSIDE);
        for (Entity entity : entities) {
            if (entity.end() > length) {
                throw new IllegalArgumentException(entity + " outside a sentence of " + length + " words");
            }
            for (int i = entity.start(); i < entity.end(); i++) {
                if (labels[i] != OUTSIDE) throw new IllegalArgumentException(entity + " overlaps another entity");
                labels[i] = i == entity.start() ? begin(entity.type()) : inside(entity.type());
            }
        }
        return labels;
    }
}
