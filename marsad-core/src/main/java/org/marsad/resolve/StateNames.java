package org.marsad.resolve;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A state named formally by the noun of its kind and its nationality adjective (الجمهورية اليمنية، المملكة المغربية،
 * السلطنة العمانية، الجمهورية العربية السورية، المملكة الأردنية الهاشمية), or by that noun in construct before the
 * country's name (دولة قطر، مملكة البحرين، جمهورية تركيا، سلطنة عمان، جمهورية مصر العربية): a place, the country of
 * the adjective or name, so that it is one entity with the country named alone. The country lists hold the names CLDR
 * gives (المملكة العربية السعودية); the press writes many more these ways.
 */
final class StateNames {
    private static final Set<String> HEADS = Set.of(key("الجمهورية"), key("المملكة"), key("السلطنة"));
    private static final Set<String> CONSTRUCT_HEADS = Set.of(key("دولة"), key("مملكة"), key("جمهورية"), key("سلطنة"));
    /** Adjectives of a state's formal name besides its nationality: before it (العربية) or after it (الهاشمية). */
    private static final Set<String> QUALIFIERS = Set.of(key("العربية"), key("الهاشمية"), key("الإسلامية"),
            key("الشعبية"), key("الديمقراطية"), key("الاتحادية"), key("الفيدرالية"), key("الاشتراكية"));

    /** A state found in a text, and its country's ISO 3166 code. */
    record Found(NamePattern.Match match, String region) {
    }

    private final CountryNames countries;

    StateNames(CountryNames countries) {
        this.countries = countries;
    }

    /** The state whose formal name begins with word {@code i}, on words {@code free} accepts, or null. */
    Found at(Words w, int i, IntPredicate free) {
        if (isConstructHead(w, i) && free.test(i)) return beforeCountryName(w, i, free);
        if (!isHead(w, i) || !free.test(i)) return null;
        int k = i + 1;
        String region = null;
        while (k < w.size() && region == null && continues(w, k, free)) {
            region = countries.adjectiveAt(w, k);
            if (region == null && !QUALIFIERS.contains(w.wordKey(k))) return null;
            k++;
        }
        if (region == null) return null;
        int last = k - 1;
        while (last + 1 < w.size() && continues(w, last + 1, free) && QUALIFIERS.contains(w.wordKey(last + 1))) last++;
        return new Found(new NamePattern.Match(i, last, w.mentionStart(i), w.stemEnd(last)), region);
    }

    /** The state whose construct noun is word {@code i} (دولة قطر), when a country's name follows it, or null. */
    private Found beforeCountryName(Words w, int i, IntPredicate free) {
        int k = i + 1;
        if (k >= w.size() || !w.followsOnSameLine(k) || !w.isWord(k)) return null;
        List<String> proclitics = w.token(k).proclitics();
        if (!proclitics.isEmpty() && !proclitics.equals(List.of("ال"))) return null;
        CountryNames.Found country = countries.nameAt(w, k);
        if (country == null || country.match().first() != k) return null;
        for (int j = k; j <= country.match().last(); j++) if (!free.test(j)) return null;
        int last = country.match().last();
        while (last + 1 < w.size() && continues(w, last + 1, free) && QUALIFIERS.contains(w.wordKey(last + 1))) last++;
        int end = last == country.match().last() ? country.match().end() : w.stemEnd(last);
        return new Found(new NamePattern.Match(i, last, w.mentionStart(i), end), country.region());
    }

    /** Whether a name's words (word keys) open with a state's noun in construct (دولة قطر). */
    static boolean opensWithConstructNoun(List<String> words) {
        return !words.isEmpty() && CONSTRUCT_HEADS.contains(words.get(0));
    }

    /** A noun of a state's kind without the article, so in construct with what follows (دولة، ومملكة). */
    private static boolean isConstructHead(Words w, int i) {
        return w.isWord(i) && !w.hasArticle(i) && !w.hasEnclitic(i) && CONSTRUCT_HEADS.contains(w.stemKey(i));
    }

    private static boolean isHead(Words w, int i) {
        return w.isWord(i) && w.hasArticle(i) && !w.hasEnclitic(i) && HEADS.contains(w.wordKey(i));
    }

    /** Whether word {@code k} goes on the name: free, on the same line, with the article alone. */
    private static boolean continues(Words w, int k, IntPredicate free) {
        return free.test(k) && w.isWord(k) && w.followsOnSameLine(k) && w.hasArticle(k) && !w.hasEnclitic(k)
                && w.token(k).proclitics().size() == 1;
    }

    private static String key(String word) {
        return Words.of(word).wordKey(0);
    }
}
