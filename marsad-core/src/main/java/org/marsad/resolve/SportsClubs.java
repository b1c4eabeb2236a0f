package org.marsad.resolve;

import org.marsad.lexicon.WordKey;
import org.marsad.lexicon.WordList;

import java.util.Set;

/**
 * Football clubs named by one word that is an ordinary word or a place elsewhere (الهلال، النصر، الوحدة، الخليج):
 * organisations only in an article about sport, which is one with at least {@value #CUES} occurrences of words of
 * sport (مباراة، فريق، لاعب، الدوري، المدرب…). Lists {@code sports-clubs.txt} (by word key) and
 * {@code sports-cues.txt} (by stem key). Thread-safe: immutable.
 */
final class SportsClubs {
    static final int CUES = 3;
    private static final Set<String> CLUBS = WordList.keys("sports-clubs.txt");
    private static final Set<String> CUE_STEMS = WordList.keys("sports-cues.txt");

    private SportsClubs() {
    }

    /** Whether the article's words are those of sport. */
    static boolean isAboutSport(Words w) {
        int cues = 0;
        for (int i = 0; i < w.size() && cues < CUES; i++) {
            if (w.isWord(i) && CUE_STEMS.contains(w.stemKey(i))) cues++;
        }
        return cues >= CUES;
    }

    /** Whether word {@code i}, as written (with or without the article), names a club of the list. */
    static boolean isClub(Words w, int i) {
        String key = w.wordKey(i);
        return CLUBS.contains(key) || CLUBS.contains(key.replace(WordKey.ARTICLE, "ال"));
    }
}
