package org.marsad.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns family names of the nisba kind (الغامدي، القثامي، التميمي) from unlabelled news, for {@link FamilyNames}.
 * Written like an adjective — the article, a final ي — such a name is told from the adjectives that look like it
 * (الدولي، الإعلامي، الصيني) by how it is used: an adjective agrees, so its feminine and plural forms (الدولية،
 * الإعلاميين) are common, while a family name stays as it is; and a family name closes Gulf names, so it is met two
 * words after بن (فلان بن فلان الغامدي). A word is learned when
 * <ul>
 *   <li>it is written with the article and ends in ي (mostly written so, not ى), {@value #MIN_LETTERS} letters at
 *       least;</li>
 *   <li>it occurs {@value #MIN_COUNT} times at least, once at least two words after بن;</li>
 *   <li>its feminine (ة) and plural (ين، ون، يات) forms together occur at most {@value #MAX_INFLECTED_PERCENT}% as
 *       often as it does.</li>
 * </ul>
 * Words are compared by matching key. Not thread-safe: one learner per run.
 */
public final class FamilyNameLearner {
    static final int MIN_LETTERS = 6;
    static final int MIN_COUNT = 2;
    static final int MAX_INFLECTED_PERCENT = 5;

    private static final String ARTICLE = "ال";
    private static final String BIN = "بن";

    /** Per key: occurrences, those two words after بن, those written with a final ي (not ى, which folds to it). */
    private final Map<String, int[]> counts = new HashMap<>();
    /** The two words before the one being counted, within the text {@link #add} reads. */
    private String previous, beforePrevious;

    /** Counts the words of one text. */
    public void add(String text) {
        previous = null;
        beforePrevious = null;
        WrittenWords.forEach(text, (start, end, key) -> {
            int[] c = counts.computeIfAbsent(key, k -> new int[3]);
            c[0]++;
            if (BIN.equals(beforePrevious)) c[1]++;
            if (endsWithYeh(text, start, end)) c[2]++;
            beforePrevious = previous;
            previous = key;
        });
    }

    /** Whether the last letter of {@code text[start, end)}, marks passed, is ي as written. */
    private static boolean endsWithYeh(String text, int start, int end) {
        int k = end - 1;
        while (k > start && text.charAt(k) >= '\u064B') k--; // diacritics after the letter
        return text.charAt(k) == 'ي';
    }

    /** The family names learned so far, most frequent first, then in key order; as matching keys with the article. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            String key = e.getKey();
            int[] c = e.getValue();
            if (key.length() < MIN_LETTERS || !key.startsWith(ARTICLE) || !key.endsWith("ي")) continue;
            if (c[0] < MIN_COUNT || c[1] < 1 || c[2] * 2 < c[0]) continue; // المتوفى، موسى are no nisbas
            long inflected = count(key + "ه") + count(key + "ين") + count(key + "ون")
                    + count(key.substring(0, key.length() - 1) + "يات");
            if (inflected * 100 <= (long) MAX_INFLECTED_PERCENT * c[0]) names.add(key);
        }
        names.sort(Comparator.comparingInt((String k) -> -counts.get(k)[0]).thenComparing(Comparator.naturalOrder()));
        return names;
    }

    private int count(String key) {
        int[] c = counts.get(key);
        return c == null ? 0 : c[0];
    }
}
