package org.marsad.lexicon;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import org.marsad.model.Token;
import org.marsad.text.ArabicTokenizer;
import org.marsad.text.MatchingKey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The countries of the world by their Arabic names and nationality adjectives, keyed by ISO 3166 region code.
 * <ul>
 *   <li><b>Names</b> come from Unicode CLDR through ICU4J: the full and the short Arabic display name of every region
 *       of {@link ULocale#getISOCountries()}, with a parenthesised part and a " - city" suffix cut off
 *       (ميانمار (بورما) → ميانمار). To them are added the names the press uses where CLDR has a different or a
 *       formal one ({@code country-names.txt}: بيلاروسيا beside CLDR's بيلاروس, السعودية). Names that are ordinary
 *       words or another place are left out ({@code not-country-names.txt}: مالي "financial", عمان also Amman),
 *       and so is a name two regions share (الكونغو).</li>
 *   <li><b>Adjectives</b> (nisba) are derived from every one-word name by rule, article dropped: a final يا loses its
 *       alef (روسيا → روسي، بيلاروسيا → بيلاروسي، أوكرانيا → أوكراني); a final ية loses its teh marbuta
 *       (السعودية → سعودي); another final ة or ا becomes ي (فرنسا → فرنسي); a final ي stays; any other final letter
 *       takes ي (مصر → مصري، لبنان → لبناني، الإمارات → إماراتي). Each adjective is known in four forms: masculine,
 *       feminine (ة) and the two sound plurals (ين، ون); the article is the reader's business. Adjectives the rule
 *       does not give are listed ({@code country-adjectives.txt}: أمريكي، نمساوي). An adjective two regions share is
 *       left out.</li>
 * </ul>
 * Names are kept as phrases of {@link WordKey word keys}, so the article counts (الصين, not صين) and a conjunction
 * or preposition does not. Thread-safe: immutable after construction.
 */
public final class Countries {
    private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();

    private static final class Arabic {
        static final Countries COUNTRIES = fromCldr();
    }

    /** Word keys of each name → its region. */
    private final Map<List<String>, String> regionsByName;
    /** Stem key of an adjective form → region. */
    private final Map<String, String> regionsByAdjective;
    /** Region → the name to show when the article names the country only by adjective. */
    private final Map<String, String> commonNames;
    /** Every name as written, qualifiers cut, press names included. */
    private final List<String> names;

    private Countries(Map<List<String>, String> regionsByName, Map<String, String> regionsByAdjective,
                      Map<String, String> commonNames, List<String> names) {
        this.regionsByName = regionsByName;
        this.regionsByAdjective = regionsByAdjective;
        this.commonNames = commonNames;
        this.names = names;
    }

    /** The countries with their Arabic names from CLDR and the lexicon's lists; built once, on first use. */
    public static Countries arabic() {
        return Arabic.COUNTRIES;
    }

    /** Every country name, as written: what a tagger's country list is made of. */
    public List<String> names() {
        return names;
    }

    /** The word keys of every name two regions do not share → its region. */
    public Map<List<String>, String> regionsByName() {
        return regionsByName;
    }

    /** The region of a nationality adjective by the stem key of the word (روسية → RU), if it is one. */
    public Optional<String> regionOfAdjective(String stemKey) {
        return Optional.ofNullable(regionsByAdjective.get(stemKey));
    }

    /** The name to show for a region: CLDR's short Arabic name, or the common one where CLDR's is formal. */
    public Optional<String> commonName(String region) {
        return Optional.ofNullable(commonNames.get(region));
    }

    private static Countries fromCldr() {
        ULocale arabic = ULocale.forLanguageTag("ar");
        LocaleDisplayNames full = LocaleDisplayNames.getInstance(arabic);
        LocaleDisplayNames shortNames = LocaleDisplayNames.getInstance(arabic, DisplayContext.LENGTH_SHORT);
        Map<String, List<String>> names = new LinkedHashMap<>();
        Map<String, String> common = new HashMap<>();
        for (String region : ULocale.getISOCountries()) {
            List<String> list = names.computeIfAbsent(region, r -> new ArrayList<>());
            String shortName = clean(shortNames.regionDisplayName(region));
            for (String name : List.of(clean(full.regionDisplayName(region)), shortName)) {
                if (!name.isEmpty() && !name.equals(region) && !list.contains(name)) list.add(name);
            }
            if (!shortName.isEmpty() && !shortName.equals(region)) common.put(region, shortName);
        }
        WordList.table("country-names.txt").forEach((name, region) -> names.get(region).add(name));
        WordList.table("country-common-names.txt").forEach(common::put);
        Map<String, String> irregular = WordList.table("country-adjectives.txt");
        return build(names, common, irregular, WordList.keys("not-country-names.txt"));
    }

    /** CLDR adds a qualifier some names need only in a list: "ميانمار (بورما)"، "الكونغو - كينشاسا". */
    private static String clean(String name) {
        String cleaned = name.replaceAll("\\s*\\([^)]*\\)", "");
        int dash = cleaned.indexOf(" - ");
        if (dash >= 0) cleaned = cleaned.substring(0, dash);
        return cleaned.trim();
    }

    private static Countries build(Map<String, List<String>> namesByRegion, Map<String, String> common,
                                   Map<String, String> irregularAdjectives, Set<String> notNames) {
        Map<List<String>, String> patterns = new HashMap<>();
        Set<List<String>> ambiguousPatterns = new HashSet<>();
        Map<String, String> adjectives = new HashMap<>();
        Set<String> ambiguousAdjectives = new HashSet<>();
        List<String> allNames = new ArrayList<>();
        namesByRegion.forEach((region, names) -> {
            for (String name : names) {
                if (notNames.contains(MatchingKey.of(name))) continue;
                allNames.add(name);
                Optional<List<String>> words = WordKey.ofPhrase(name);
                if (words.isEmpty()) continue;
                String previous = patterns.putIfAbsent(words.get(), region);
                if (previous != null && !previous.equals(region)) ambiguousPatterns.add(words.get());
                if (words.get().size() == 1) {
                    for (String form : adjectiveForms(nisba(name))) {
                        putUnlessShared(adjectives, ambiguousAdjectives, form, region);
                    }
                }
            }
        });
        irregularAdjectives.forEach((adjective, region) -> {
            for (String form : adjectiveForms(MatchingKey.of(adjective))) {
                putUnlessShared(adjectives, ambiguousAdjectives, form, region);
            }
        });
        ambiguousPatterns.forEach(patterns::remove);
        ambiguousAdjectives.forEach(adjectives::remove);
        // adjectives are looked up for every word of every article: a HashMap finds a key faster than Map.copyOf's
        return new Countries(Map.copyOf(patterns), Collections.unmodifiableMap(adjectives), Map.copyOf(common),
                List.copyOf(allNames));
    }

    private static void putUnlessShared(Map<String, String> map, Set<String> shared, String key, String region) {
        String previous = map.putIfAbsent(key, region);
        if (previous != null && !previous.equals(region)) shared.add(key);
    }

    /** The masculine adjective of a one-word country name, as a matching key without the article. */
    static String nisba(String name) {
        // the whole written word, not the stem: the tokenizer may take a country's last letters for a pronoun
        Token word = TOKENIZER.tokenize(name).get(0);
        String base = WordKey.hasArticle(word) ? WordKey.stemKey(name, word) : MatchingKey.of(name);
        if (base.endsWith("يا") || base.endsWith("يه")) return base.substring(0, base.length() - 1);
        if (base.endsWith("ه") || base.endsWith("ا")) return base.substring(0, base.length() - 1) + "ي";
        if (base.endsWith("ي")) return base;
        return base + "ي";
    }

    private static List<String> adjectiveForms(String masculine) {
        return List.of(masculine, masculine + "ه", masculine + "ين", masculine + "ون");
    }
}
