package org.marsad.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.marsad.lexicon.Countries;

/**
 * Finds the countries of a {@link Countries} lexicon in a text read as {@link Words}: a name word by word, so the
 * article counts (الصين, not صين) and a conjunction or preposition does not (وروسيا، بالصين، لبيلاروسيا, the last
 * through a reading that takes off a letter the tokenizer left on the word); an adjective by its stem, in any of
 * its forms, with or without the article. Thread-safe: immutable after construction.
 */
public final class CountryNames {
    private static final class Arabic {
        static final CountryNames NAMES = new CountryNames(Countries.arabic());
    }

    private final Countries countries;
    /** First word key → the names that begin with it, longest first. */
    private final Map<String, List<Entry>> namesByFirstWord;

    public CountryNames(Countries countries) {
        this.countries = Objects.requireNonNull(countries, "countries");
        Map<String, List<Entry>> byFirstWord = new HashMap<>();
        countries.regionsByName().forEach((words, region) ->
                byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>())
                        .add(new Entry(new NamePattern(words), region)));
        byFirstWord.values().forEach(list -> list.sort((a, b) -> b.pattern().size() - a.pattern().size()));
        byFirstWord.replaceAll((k, list) -> List.copyOf(list));
        this.namesByFirstWord = Map.copyOf(byFirstWord);
    }

    /** The Arabic country names of the lexicon; built once, on first use. */
    public static CountryNames arabic() {
        return Arabic.NAMES;
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
        return countries.commonName(region);
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

    /**
     * Whether a one-word name that is also its country's adjective (السعودية) stands as the adjective of the
     * definite noun right before it (السفارة السعودية، الحملة الوطنية السعودية) rather than as the country. With a
     * conjunction or preposition on it (والسعودية، بالسعودية) it is the country.
     */
    boolean readsAsAdjective(Words w, Found found) {
        int i = found.match().first();
        if (found.match().last() != i || !w.token(i).proclitics().equals(List.of("ال"))) return false;
        if (!found.region().equals(adjectiveAt(w, i))) return false;
        return i > 0 && w.followsOnSameLine(i) && w.isWord(i - 1) && w.hasArticle(i - 1);
    }

    /** The region of the nationality adjective that word {@code i} is, or null. */
    String adjectiveAt(Words w, int i) {
        return w.isWord(i) ? countries.regionOfAdjective(w.stemKey(i)).orElse(null) : null;
    }

    /** A country name found in a text. */
    record Found(NamePattern.Match match, String region) {
    }

    private record Entry(NamePattern pattern, String region) {
    }
}
