package org.marsad.ner;

import org.marsad.model.EntityType;

/**
 * The tag set of the sequence tagger as small integers: {@code O}, then {@code B-} and {@code I-} for each
 * {@link EntityType} in declaration order. Files may spell the person type as ANERcorp does ({@code PERS}) or as
 * CoNLL does ({@code PER}).
 */
final class BioLabels {
    static final int OUTSIDE = 0;
    static final int COUNT = 1 + 2 * EntityType.values().length;
    private static final EntityType[] TYPES = EntityType.values();

    private BioLabels() {
    }

    static int begin(EntityType type) {
        return 1 + 2 * type.ordinal();
    }

    static int inside(EntityType type) {
        return 2 + 2 * type.ordinal();
    }

    static boolean isBegin(int label) {
        return label != OUTSIDE && label % 2 == 1;
    }

    static boolean isInside(int label) {
        return label != OUTSIDE && label % 2 == 0;
    }

    /** The type of a B- or I- label. */
    static EntityType type(int label) {
        if (label == OUTSIDE) throw new IllegalArgumentException("O has no entity type");
        return TYPES[(label - 1) / 2];
    }

    /** Whether {@code label} may follow {@code previous} (-1 at the start of a sentence): I-X only after B-X or I-X. */
    static boolean allowed(int previous, int label) {
        if (!isInside(label)) return true;
        return previous > OUTSIDE && type(previous) == type(label);
    }

    /** The label of a tag as files write it, or -1 when the tag is not one of ours. */
    static int parse(String tag) {
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

    static String name(int label) {
        if (label == OUTSIDE) return "O";
        return (isBegin(label) ? "B-" : "I-") + type(label).name();
    }
}
