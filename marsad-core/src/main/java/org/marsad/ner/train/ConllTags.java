package org.marsad.ner.train;

import org.marsad.model.EntityType;
import org.marsad.ner.BioCodec;

import java.util.Locale;

/**
 * How the tags of other named-entity corpora read as the tagger's labels, so that a gold file annotated under another
 * corpus's scheme can be scored without converting it first. Schemes: BIO, IOB1 and IO (a bare type is inside a name,
 * and {@link BioCodec#decode} starts a name wherever the type changes), BIOES and BILOU (S/U begin a name, E/L go
 * on with it); {@code -} or {@code _} between prefix and type; any case. Types: PER, PERS, PERSON; LOC, LOCATION, GPE,
 * FAC (our conventions count facilities as places); ORG, ORGANIZATION, ORGANISATION; MISC and AQMAR's MIS, MIS0–3,
 * MIS-. A prefixed tag of any other type (DATE, NORP…) is a name of a kind the tagger does not find: it reads as O,
 * and the reader counts it, so that no annotation is dropped unsaid. A bare tag of another type is refused: a column
 * of part-of-speech tags (NNP, VBD) looks the same, and a file read so would score nothing.
 */
final class ConllTags {
    /** A tag's label, and the type it named when that type is not one of ours (null otherwise). */
    record Reading(int label, String otherType) {
    }

    private ConllTags() {
    }

    /** The reading of {@code tag}, or null when it is not a tag of any scheme above. */
    static Reading read(String tag) {
        String upper = tag.toUpperCase(Locale.ROOT);
        if (upper.equals("O")) return new Reading(BioCodec.OUTSIDE, null);
        int separator = upper.length() > 2 && (upper.charAt(1) == '-' || upper.charAt(1) == '_') ? 1 : -1;
        if (separator < 0) {
            EntityType bare = type(upper);
            return bare == null ? null : new Reading(BioCodec.inside(bare), null);
        }
        char prefix = upper.charAt(0);
        boolean begins = prefix == 'B' || prefix == 'S' || prefix == 'U';
        boolean continues = prefix == 'I' || prefix == 'E' || prefix == 'L';
        if (!begins && !continues) return null;
        String typeName = upper.substring(separator + 1);
        if (typeName.isEmpty() || !Character.isLetter(typeName.charAt(0))) return null;
        EntityType type = type(typeName);
        if (type == null) return new Reading(BioCodec.OUTSIDE, typeName);
        return new Reading(begins ? BioCodec.begin(type) : BioCodec.inside(type), null);
    }

    private static EntityType type(String name) {
        return switch (name) {
            case "PER", "PERS", "PERSON" -> EntityType.PER;
            case "LOC", "LOCATION", "GPE", "FAC" -> EntityType.LOC;
            case "ORG", "ORGANIZATION", "ORGANISATION" -> EntityType.ORG;
            case "MISC" -> EntityType.MISC;
            default -> name.startsWith("MIS") && isAqmarMisc(name.substring(3)) ? EntityType.MISC : null;
        };
    }

    /** AQMAR marks other names MIS, and splits them by a digit and a trailing dash: MIS0, MIS1-, MIS-. */
    private static boolean isAqmarMisc(String rest) {
        return rest.matches("[0-9]?-?");
    }
}
