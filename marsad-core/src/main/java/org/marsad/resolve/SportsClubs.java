package org.marsad.resolve;

import org.marsad.lexicon.InstitutionWords;
import org.marsad.lexicon.WordKey;
import org.marsad.lexicon.WordList;
import org.marsad.text.MatchingKey;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * Football clubs named by one word that is an ordinary word or a place elsewhere (الهلال، النصر، الوحدة، الخليج):
 * organisations only in an article about sport, which is one with at least {@value #CUES} different words of
 * sport (مباراة، فريق، لاعب، الدوري، المدرب…), or two when one is نادي. Lists {@code sports-clubs.txt} (by word key) and
 * {@code sports-cues.txt} (by stem key, each form with its word). Thread-safe: immutable.
 */
final class SportsClubs {
    static final int CUES = 3;
    private static final Set<String> CLUBS = WordList.keys("sports-clubs.txt");
    /** Stem key of each form of a word of sport → the key of that word. */
    private static final Map<String, String> CUE_WORDS = cueWords();

    private static Map<String, String> cueWords() {
        Map<String, String> words = new HashMap<>();
        WordList.table("sports-cues.txt").forEach((form, word) ->
                words.put(MatchingKey.of(form), MatchingKey.of(word)));
        return Map.copyOf(words);
    }

    private SportsClubs() {
    }

    /**
     * Whether the article's words are those of sport: {@value #CUES} different words of sport at least, or two when
     * one is نادي, the surest of them. One word said again and again is no sign (الفريق المعاون للرئيس, "the
     * president's team", four times in an article on politics).
     */
    static boolean isAboutSport(Words w) {
        Set<String> cues = new HashSet<>();
        for (int i = 0; i < w.size() && cues.size() < CUES; i++) {
            String word = w.isWord(i) ? CUE_WORDS.get(w.stemKey(i)) : null;
            if (word != null) cues.add(word);
        }
        return cues.size() >= CUES || (cues.size() == CUES - 1 && cues.contains(CLUB));
    }

    private static final String CLUB = MatchingKey.of("نادي");
    private static final String WITH = MatchingKey.of("مع");
    /**
     * Nouns of a match or a club's life that take the club's name as their genitive: مباراة النصر، معسكر الاتحاد، بعثة
     * الاتفاق، لاعب الهلال. Not إدارة, لقاء or هدف, which name a department, a meeting or an aim as often (إدارة التعاون
     * الدولي، هدف الاتفاق النووي).
     */
    private static final Set<String> CLUB_NOUNS = Set.of("مباراة", "مباريات", "لاعب", "لاعبي", "مدرب", "نادي", "فريق",
            "معسكر", "بعثة", "جماهير", "شعار", "صفوف").stream().map(MatchingKey::of)
            .collect(Collectors.toUnmodifiableSet());
    /** تم، يتم، سيتم: the passive of a verbal noun (تم الاتفاق "it was agreed"), which a club never follows. */
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of(MatchingKey.of("تم"), MatchingKey.of("يتم"));

    /** Whether a stem is تم or يتم, with سـ or with the و or ف the clitic rules leave on two letters (وتم، سيتم). */
    private static boolean isPassiveAuxiliary(String stem) {
        String rest = stem.startsWith("و") || stem.startsWith("ف") ? stem.substring(1) : stem;
        return PASSIVE_AUXILIARIES.contains(rest.startsWith("س") ? rest.substring(1) : rest);
    }

    /**
     * Whether club word {@code i} reads as the ordinary noun it also is, even in an article about sport: after تم
     * (تم الاتفاق), with ب and before مع (بالتعاون مع، بالاتفاق مع "in cooperation, in agreement with"), or before
     * a word in ي or ية with the article that is no nationality, no ordinal and no word of time (الاتفاق النووي،
     * الاتفاق المبدئي; الفتح السعودي stays the club). Never as the genitive of a noun of a match or a club's life
     * ({@link #CLUB_NOUNS}: مباراة النصر الودية، معسكر الاتحاد الخارجي: the adjective is the match's). تم may carry و
     * (وتم الاتفاق). {@code nationality} tells whether a word is a nationality
     * adjective.
     */
    static boolean readsAsOrdinaryNoun(Words w, int i, IntPredicate nationality) {
        boolean previous = i > 0 && w.followsOnSameLine(i) && w.isWord(i - 1);
        // the genitive of a word of sport or of a club's life is the club (مباراة النصر الودية: الودية is the match's)
        if (previous && !w.hasArticle(i - 1) && CLUB_NOUNS.contains(w.stemKey(i - 1))) return false;
        if (previous && isPassiveAuxiliary(w.stemKey(i - 1))) return true;
        boolean next = i + 1 < w.size() && w.followsOnSameLine(i + 1) && w.isWord(i + 1);
        if (!next) return false;
        if (w.token(i).proclitics().contains("ب") && w.wordKey(i + 1).equals(WITH)) return true;
        String adjective = w.stemKey(i + 1);
        boolean relation = WordKey.isRelativeAdjective(adjective);
        return w.hasArticle(i + 1) && !w.hasEnclitic(i + 1) && w.token(i + 1).proclitics().size() == 1 && relation
                && !InstitutionWords.arabic().isStop(adjective) && !nationality.test(i + 1) && !isClub(w, i + 1);
    }

    /** Whether word {@code i}, as written (with or without the article), names a club of the list. */
    static boolean isClub(Words w, int i) {
        String key = w.wordKey(i);
        return CLUBS.contains(key) || CLUBS.contains(key.replace(WordKey.ARTICLE, "ال"));
    }
}
