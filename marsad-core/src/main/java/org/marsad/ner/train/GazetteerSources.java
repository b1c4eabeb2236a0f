package org.marsad.ner.train;

import org.marsad.lexicon.Countries;
import org.marsad.lexicon.KnownNames;
import org.marsad.lexicon.WordList;
import org.marsad.ner.Gazetteer;
import org.marsad.text.Buckwalter;
import org.marsad.text.MatchingKey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the tagger's gazetteer from sources whose licences let a trained model carry them (docs/models.md):
 * <ul>
 *   <li>Unicode CLDR through ICU4J: the Arabic names of every country and territory, as {@link Countries}
 *       gives them;</li>
 *   <li>{@code arabic-names} (MIT): Arabic first names and family names;</li>
 *   <li>{@code world-cities-ar} (CC BY 4.0): the Arabic names of 6,340 cities and their countries;</li>
 *   <li>ANERGazet, the gazetteers released with ANERcorp, for research use: a model trained on ANERcorp carries
 *       its research-use terms already, and these lists add nothing stricter.</li>
 *   <li>NERAr (BSD-2): persons, places and organisations in Buckwalter transliteration, many of them foreign
 *       names as the Arabic press writes them.</li>
 *   <li>the lexicon's {@link KnownNames}, our own lists written from general knowledge.</li>
 * </ul>
 * ANETAC is left out: it states no licence at all.
 */
final class GazetteerSources {
    /** Words world-cities puts before some city names: the bare name is what news writes. */
    private static final List<String> ADMINISTRATIVE_PREFIXES = List.of("ولاية ", "محافظة ", "مدينة ", "إقليم ",
            "مقاطعة ");

    private GazetteerSources() {
    }

    /** The gazetteer from CLDR and the lists under {@code dataDir} (the folder holding {@code arabic-names}…). */
    static Gazetteer build(Path dataDir) throws IOException {
        Gazetteer.Builder builder = new Gazetteer.Builder();
        addCldrCountries(builder);
        Path names = dataDir.resolve("arabic-names");
        addLines(builder, names.resolve("male-first--names-in-arabic.txt"), Gazetteer.NameList.PERSON_FIRST);
        addLines(builder, names.resolve("female-first-names-in-arabic.txt"), Gazetteer.NameList.PERSON_FIRST);
        addLines(builder, names.resolve("last-names-in-arabic.txt"), Gazetteer.NameList.PERSON_LAST);
        addCities(builder, dataDir.resolve("world-cities-ar").resolve("world-cities.csv"));
        Path anergazet = dataDir.resolve("anergazet");
        addLines(builder, anergazet.resolve("AlignedPersGazetteer.txt"), Gazetteer.NameList.PERSON);
        addLines(builder, anergazet.resolve("AlignedLocGazetteer.txt"), Gazetteer.NameList.PLACE);
        addLines(builder, anergazet.resolve("AlignedOrgGazetteer.txt"), Gazetteer.NameList.ORGANISATION);
        Path nerar = dataDir.resolve("nerar-gazetteers");
        addTransliterated(builder, nerar.resolve("dico-mono-PERS.norm"), Gazetteer.NameList.PERSON);
        addTransliterated(builder, nerar.resolve("dico-mono-LOC.norm"), Gazetteer.NameList.PLACE);
        addTransliterated(builder, nerar.resolve("dico-mono-ORG.norm"), Gazetteer.NameList.ORGANISATION);
        addKnownNames(builder);
        return builder.build();
    }

    /** The country names of the resolver's lexicon: CLDR's, without list qualifiers, and the press's variants. */
    static void addCldrCountries(Gazetteer.Builder builder) {
        for (String name : Countries.arabic().names()) builder.add(name, Gazetteer.NameList.COUNTRY);
    }

    /**
     * The lexicon's {@link KnownNames}: organisations, persons and other named things the press names by name
     * alone. A name that is also an ordinary word or a place goes to a list of its own, so that the tagger learns
     * how far each kind can be trusted.
     */
    static void addKnownNames(Gazetteer.Builder builder) {
        for (String file : KnownNames.ORGANISATIONS) {
            addKnown(builder, file, Gazetteer.NameList.KNOWN_ORGANISATION, Gazetteer.NameList.KNOWN_ORGANISATION_SHARED);
        }
        addKnown(builder, KnownNames.OTHER, Gazetteer.NameList.KNOWN_OTHER, Gazetteer.NameList.KNOWN_OTHER_SHARED);
        addKnown(builder, KnownNames.PERSONS, Gazetteer.NameList.KNOWN_PERSON, Gazetteer.NameList.KNOWN_PERSON_SHARED);
    }

    private static void addKnown(Gazetteer.Builder builder, String file, Gazetteer.NameList only,
                                 Gazetteer.NameList shared) {
        for (Map.Entry<String, String> entry : WordList.table(file).entrySet()) {
            switch (entry.getValue()) {
                case KnownNames.ONLY -> builder.add(entry.getKey(), only);
                case KnownNames.SHARED -> builder.add(entry.getKey(), shared);
                default -> throw new IllegalStateException("lexicon " + file + ": " + entry.getKey()
                        + " is marked '" + entry.getValue() + "', not only or shared");
            }
        }
    }

    private static void addLines(Gazetteer.Builder builder, Path file, Gazetteer.NameList list) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String name = line.replace("\uFEFF", "").strip();
            if (!name.isEmpty() && !name.startsWith("==")) builder.add(name, list);
        }
    }

    /**
     * The entries of a list in Buckwalter transliteration, in Arabic script. A one-word entry of three letters or
     * fewer is left out: through the matching key such entries are function words as often as names ({@code mn}
     * is من, {@code Ely} is علي and also على), and as list features they made "قال لي" a person.
     */
    private static void addTransliterated(Gazetteer.Builder builder, Path file, Gazetteer.NameList list)
            throws IOException {
        // Buckwalter is ASCII; one line of NERAr's person list carries a stray Latin-1 byte, which is no letter
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            String transliterated = line.replaceAll("[^\\x00-\\x7F]", "").strip();
            if (transliterated.isEmpty() || transliterated.startsWith("==")) continue;
            String name = Buckwalter.toArabic(transliterated);
            if (isShortWord(name)) continue;
            builder.add(name, list);
        }
    }

    static boolean isShortWord(String name) {
        String key = MatchingKey.of(name).replace("\u0640", "");
        return key.indexOf(' ') < 0 && key.length() <= 3;
    }

    private static void addCities(Gazetteer.Builder builder, Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = csvFields(line);
            if (fields.size() < 3) continue;
            builder.add(fields.get(0), Gazetteer.NameList.COUNTRY);
            String city = fields.get(2);
            builder.add(city, Gazetteer.NameList.CITY);
            for (String prefix : ADMINISTRATIVE_PREFIXES) {
                if (city.startsWith(prefix)) builder.add(city.substring(prefix.length()), Gazetteer.NameList.CITY);
            }
        }
    }

    /** The fields of a CSV line with double-quoted fields that hold no quotes or line breaks. */
    private static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
