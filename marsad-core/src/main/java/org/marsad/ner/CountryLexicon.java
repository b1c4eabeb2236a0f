package org.marsad.ner;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.text.MatchingKey;

/**
 * The countries of the world by their Arabic names and nationality adjectives, keyed by ISO 3166 region code.
 * <ul>
 *   <li><b>Names</b> come from Unicode CLDR through ICU4J: the full and the short Arabic display name of every region
 *       of {@link ULocale#getISOCountries()}, with a parenthesised part and a " - city" suffix cut off
 *       (ميانمار (بورما) → ميانمار). A name two regions share (الكونغو) is left out.</li>
 *   <li>A short list of {@link #ALTERNATIVES other names} the press uses where CLDR has a different or a formal one:
 *       بيلاروسيا beside CLDR's بيلاروس, أمريكا beside الولايات المتحدة, السعودية beside المملكة العربية السعودية.</li>
 *   <li>{@link #NOT_NAMES Names that are ordinary words} or another place are left out: مالي is "financial",
 *       بنين "sons", عمان also Amman.</li>
 *   <li><b>Adjectives</b> (nisba) are derived from every one-word name by rule, article dropped: a final يا loses its
 *       alef (روسيا → روسي، بيلاروسيا → بيلاروسي، أوكرانيا → أوكراني); a final ية loses its teh marbuta
 *       (السعودية → سعودي); another final ة or ا becomes ي (فرنسا → فرنسي); a final ي stays; any other final letter
 *       takes ي (مصر → مصري، لبنان → لبناني، بيلاروس → بيلاروسي، الإمارات → إماراتي). Each adjective is known in
 *       four forms: masculine, feminine (ة) and the two sound plurals (ين، ون); the article is the tokenizer's
 *       business. {@link #IRREGULAR_ADJECTIVES Irregular adjectives} are listed (أمريكي، نمساوي). An adjective two
 *       regions share is left out.</li>
 * </ul>
 * Names are matched word by word as {@link Words} reads a text, so the article counts (الصين, not صين) and a
 * conjunction or preposition does not (وروسيا، بالصين، لبيلاروسيا). Thread-safe: immutable after construction.
 */
public final class CountryLexicon {

    /** Names the press uses that CLDR does not give, or gives in another form. */
    private static final Map<String, List<String>> ALTERNATIVES = Map.ofEntries(
            Map.entry("BY", List.of("بيلاروسيا", "روسيا البيضاء")), // CLDR: بيلاروس; Arab outlets mostly write بيلاروسيا
            Map.entry("RU", List.of("روسيا الاتحادية")), // the formal name
            Map.entry("US", List.of("أمريكا", "أميركا", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية")),
            Map.entry("GB", List.of("بريطانيا", "بريطانيا العظمى")), // CLDR: المملكة المتحدة
            Map.entry("SA", List.of("السعودية")), // CLDR: المملكة العربية السعودية
            Map.entry("AE", List.of("الإمارات")), // CLDR: الإمارات العربية المتحدة
            Map.entry("OM", List.of("سلطنة عمان")), // bare عمان is also Amman
            Map.entry("SY", List.of("سورية")), // the spelling of Syrian and Lebanese outlets
            Map.entry("DK", List.of("الدنمارك")), // CLDR: الدانمرك
            Map.entry("CZ", List.of("جمهورية التشيك")));

    /** The common name where CLDR's is the formal one. */
    private static final Map<String, String> PREFERRED_NAMES = Map.of("SA", "السعودية", "AE", "الإمارات");

    /** CLDR names that are far more often something else in Arabic text. */
    private static final Set<String> NOT_NAMES = keys("مالي", "بنين", "عمان", "الصحراء الغربية");

    private static final Map<String, String> IRREGULAR_ADJECTIVES = Map.of(
            "أمريكي", "US", "أميركي", "US", "نمساوي", "AT", "أفغاني", "AF", "عماني", "OM");

    private static final class Arabic {
        static final CountryLexicon LEXICON = fromCldr();
    }

    /** First word key → the names that begin with it, longest first. */
    private final Map<String, List<Entry>> namesByFirstWord;
    /** Stem key of an adjective form → region. */
    private final Map<String, String> adjectives;
    /** Region → the name to show when the article names the country only by adjective. */
    private final Map<String, String> commonNames;
    /** Every name as written, qualifiers cut, alternatives included. */
    private final List<String> names;

    private CountryLexicon(Map<String, List<Entry>> namesByFirstWord, Map<String, String> adjectives,
                           Map<String, String> commonNames, List<String> names) {
        this.namesByFirstWord = namesByFirstWord;
        this.adjectives = adjectives;
        this.commonNames = commonNames;
        this.names = names;
    }

    /** Every country name the lexicon knows, as written: what the tagger's country list is made of. */
    List<String> names() {
        return names;
    }

    /** The lexicon built from CLDR's Arabic region names; built once, on first use. */
    public static CountryLexicon arabic() {
        return Arabic.LEXICON;
    }

    /** The region whose name {@code name} is, e.g. "BY" for بيلاروسيا or لبيلاروسيا. */
    public Optional<String> regionOfName(String name) {
        Words w = Words.of(name);
        if (w.size() == 0) return Optional.empty();
        Found found = nameAt(w, 0);
        return found != null && found.match().last() == w.size() - 1 ? Optional.of(found.region())
                : Optional.empty();
    }

    /** The region a nationality adjective refers to, e.g. "RU" for الروسية. */
    public Optional<String> regionOfAdjective(String word) {
        Words w = Words.of(word);
        return w.size() == 1 ? Optional.ofNullable(adjectiveAt(w, 0)) : Optional.empty();
    }

    /** The name to show for a region: CLDR's short Arabic name, or the common one where CLDR's is formal. */
    public Optional<String> commonName(String region) {
        return Optional.ofNullable(commonNames.get(region));
    }

    /** The longest country name that begins with word {@code i}, or null. */
    Found nameAt(Words w, int i) {
        if (!w.isWord(i)) return null;
        Found best = null;
        for (Words.Reading reading : w.readings(i)) {
            for (Entry entry : namesByFirstWord.getOrDefault(reading.key(), List.of())) {
                if (best != null && best.match().words() >= entry.pattern().size()) continue;
                NamePattern.Match match = entry.pattern().matchAt(w, i, false);
                if (match != null) best = new Found(match, entry.region());
            }
        }
        return best;
    }

    /** The region of the nationality adjective that word {@code i} is, or null. */
    String adjectiveAt(Words w, int i) {
        return w.isWord(i) ? adjectives.get(w.stemKey(i)) : null;
    }

    /** A country name found in a text. */
    record Found(NamePattern.Match match, String region) {
    }

    private record Entry(NamePattern pattern, String region) {
    }

    private static CountryLexicon fromCldr() {
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
        ALTERNATIVES.forEach((region, alternatives) -> names.get(region).addAll(alternatives));
        common.putAll(PREFERRED_NAMES);
        return build(names, common);
    }

    /** CLDR adds a qualifier some names need only in a list: "ميانمار (بورما)"، "الكونغو - كينشاسا". */
    private static String clean(String name) {
        String cleaned = name.replaceAll("\\s*\\([^)]*\\)", "");
        int dash = cleaned.indexOf(" - ");
        if (dash >= 0) cleaned = cleaned.substring(0, dash);
        return cleaned.trim();
    }

    private static CountryLexicon build(Map<String, List<String>> namesByRegion, Map<String, String> common) {
        Map<List<String>, String> patterns = new HashMap<>();
        Set<List<String>> ambiguousPatterns = new HashSet<>();
        Map<String, String> adjectives = new HashMap<>();
        Set<String> ambiguousAdjectives = new HashSet<>();
        List<String> allNames = new ArrayList<>();
        namesByRegion.forEach((region, names) -> {
            for (String name : names) {
                if (NOT_NAMES.contains(MatchingKey.of(name))) continue;
                allNames.add(name);
                Words w = Words.of(name);
                if (w.size() == 0 || !allWords(w)) continue;
                List<String> words = w.wordKeysOf(0, w.size() - 1);
                String previous = patterns.putIfAbsent(words, region);
                if (previous != null && !previous.equals(region)) ambiguousPatterns.add(words);
                if (w.size() == 1) {
                    for (String form : adjectiveForms(nisba(name, w))) {
                        putUnlessShared(adjectives, ambiguousAdjectives, form, region);
                    }
                }
            }
        });
        IRREGULAR_ADJECTIVES.forEach((adjective, region) -> {
            for (String form : adjectiveForms(MatchingKey.of(adjective))) {
                putUnlessShared(adjectives, ambiguousAdjectives, form, region);
            }
        });
        ambiguousPatterns.forEach(patterns::remove);
        ambiguousAdjectives.forEach(adjectives::remove);

        Map<String, List<Entry>> byFirstWord = new HashMap<>();
        patterns.forEach((words, region) ->
                byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>())
                        .add(new Entry(new NamePattern(words), region)));
        byFirstWord.values().forEach(list -> list.sort((a, b) -> b.pattern().size() - a.pattern().size()));
        byFirstWord.replaceAll((k, list) -> List.copyOf(list));
        return new CountryLexicon(Map.copyOf(byFirstWord), Map.copyOf(adjectives), Map.copyOf(common),
                List.copyOf(allNames));
    }

    private static void putUnlessShared(Map<String, String> map, Set<String> shared, String key, String region) {
        String previous = map.putIfAbsent(key, region);
        if (previous != null && !previous.equals(region)) shared.add(key);
    }

    /** The masculine adjective of a one-word country name, as a matching key without the article. */
    static String nisba(String name, Words w) {
        // the whole written word, not the stem: the tokenizer may take a country's last letters for a pronoun
        String base = w.hasArticle(0) ? w.stemKey(0) : MatchingKey.of(name);
        if (base.endsWith("يا") || base.endsWith("يه")) return base.substring(0, base.length() - 1);
        if (base.endsWith("ه") || base.endsWith("ا")) return base.substring(0, base.length() - 1) + "ي";
        if (base.endsWith("ي")) return base;
        return base + "ي";
    }

    private static List<String> adjectiveForms(String masculine) {
        return List.of(masculine, masculine + "ه", masculine + "ين", masculine + "ون");
    }

    private static boolean allWords(Words w) {
        for (int i = 0; i < w.size(); i++) {
            if (!w.isWord(i)) return false;
        }
        return true;
    }

    private static Set<String> keys(String... words) {
        Set<String> keys = new HashSet<>();
        for (String word : words) keys.add(MatchingKey.of(word));
        return Set.copyOf(keys);
    }
}
