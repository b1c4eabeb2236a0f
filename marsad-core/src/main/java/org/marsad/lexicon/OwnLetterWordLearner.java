package org.marsad.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learns, from unlabelled news, the words whose first letter ب, ل or و is their own and not a preposition or the
 * conjunction written on them (بنجلاديش، باتريك، بنزيمة، واتفورد), for {@link OwnLetterWords}. The clitic rules cannot
 * tell them from بجدة or لمصر by their letters; the news can: a clitic goes on a word that is also written without it,
 * while the rest of such a name (نجلاديش، اتريك، اتفورد) is almost never written alone. A word is learned when
 * <ul>
 *   <li>it begins with ب or ل, not on the article (بالكاد، للمملكة), with ك on what looks like the article
 *       (كاليفورنيا، where the clitic rules read "like the"), or with و before ا or ي (see
 *       {@link #opensWithPreposition}), never written with a hamza on the alef after that letter (وإندونسيا is the
 *       conjunction on a misspelt country, بإمكان a preposition on a noun), and has {@value #MIN_LETTERS} letters at
 *       least;</li>
 *   <li>it occurs {@value #MIN_COUNT} times at least;</li>
 *   <li>the rest after its first letter, bare or with the article, occurs at most {@value #MAX_REST_PERCENT}% as often
 *       as the word does.</li>
 * </ul>
 * Words are compared by matching key. Not thread-safe: one learner per run.
 */
public final class OwnLetterWordLearner {
    static final int MIN_LETTERS = 5;
    static final int MIN_COUNT = 2;
    static final int MAX_REST_PERCENT = 10;

    private final Map<String, Integer> counts = new HashMap<>();
    /**
     * Keys written at least once with a hamza on the alef after the first letter: a clitic on an Arabic word
     * (وإندونيسيا، بإمكان), where a foreign name's letter goes before a bare alef (باتريك، واتفورد).
     */
    private final Set<String> cliticOnHamza = new HashSet<>();

    /** Counts the words of one text. */
    public void add(String text) {
        WrittenWords.forEach(text, (start, end, key) -> {
            counts.merge(key, 1, Integer::sum);
            if (OwnLetterWords.isHamzaAlef(letterAfterFirst(text, start, end))) cliticOnHamza.add(key);
        });
    }

    /** The letter after the first of {@code text[start, end)}, its marks passed, or 0. */
    private static char letterAfterFirst(String text, int start, int end) {
        int k = start + 1;
        while (k < end && (text.charAt(k) >= '\u064B' || text.charAt(k) == '\u0640')) k++;
        return k < end ? text.charAt(k) : 0;
    }

    /** The words learned so far, most frequent first, then in key order; as matching keys. */
    public List<String> words() {
        List<String> words = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String key = e.getKey();
            int count = e.getValue();
            if (key.length() < MIN_LETTERS || count < MIN_COUNT || !opensWithPreposition(key)
                    || cliticOnHamza.contains(key)) {
                continue;
            }
            String rest = key.substring(1);
            long restCount = count(rest) + count("ال" + rest);
            if (restCount * 100 <= (long) MAX_REST_PERCENT * count) words.add(key);
        }
        words.sort(Comparator.comparingInt((String k) -> -counts.get(k)).thenComparing(Comparator.naturalOrder()));
        return words;
    }

    /**
     * Whether {@code key} begins with ب or ل that may be a preposition, one not on the article, with the ك of كال, or
     * with و that may be
     * the conjunction, before ا or ي: a foreign name's W before a vowel (واتفورد، ويلسون), where the conjunction on a
     * rare name (وكوبثورن، ونيوزيلاندا) would be taken for it too often.
     */
    private static boolean opensWithPreposition(String key) {
        char first = key.charAt(0);
        if (first == 'ك') return key.startsWith("كال");
        if (first == 'و') return (key.charAt(1) == 'ا' || key.charAt(1) == 'ي') && !key.startsWith("وال");
        return (first == 'ب' || first == 'ل') && !key.startsWith("بال") && !key.startsWith("لل");
    }

    private int count(String key) {
        return counts.getOrDefault(key, 0);
    }
}
