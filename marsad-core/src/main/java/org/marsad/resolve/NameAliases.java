package org.marsad.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.marsad.lexicon.WordList;
import org.marsad.model.EntityType;

/**
 * Names the press gives one organisation or place besides its name, which no rule of spelling or shortening relates to
 * it (أوبك and منظمة الدول المصدرة للنفط، الجامعة العربية and جامعة الدول العربية، واس and وكالة الأنباء السعودية;
 * {@code name-aliases.txt}). Names are compared by their word keys, the article included: فتح is listed, الفتح (a
 * club) is not. The first name of a line is the name of the entity, whichever of its names an article uses, so that an
 * organisation has one name from article to article. Thread-safe: the table is built once and never changed.
 */
final class NameAliases {
    /** One line of the list: the type of its entity, and its first name, as a key and as written. */
    record Line(EntityType type, String key, String name) {
    }

    private static final Map<String, Line> LINE_OF_NAME = load();

    private NameAliases() {
    }

    /** The line that lists the name of {@code wordKeys}, or null when none does. */
    static Line lineOf(List<String> wordKeys) {
        return LINE_OF_NAME.get(String.join(" ", wordKeys));
    }

    private static Map<String, Line> load() {
        Map<String, Line> lines = new HashMap<>();
        WordList.table("name-aliases.txt").forEach((names, type) -> {
            String[] listed = names.split(" \\| ");
            Line line = new Line(EntityType.valueOf(type), formOf(listed[0]), listed[0].strip());
            for (String name : listed) {
                Line previous = lines.put(formOf(name), line);
                if (previous != null && !previous.equals(line)) {
                    throw new IllegalStateException("name-aliases.txt lists «" + name + "» on two lines");
                }
            }
        });
        return Map.copyOf(lines);
    }

    private static String formOf(String name) {
        Words words = Words.of(name.strip());
        return String.join(" ", words.wordKeysOf(0, words.size() - 1));
    }
}
