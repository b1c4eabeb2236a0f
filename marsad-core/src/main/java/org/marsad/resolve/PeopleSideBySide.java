package org.marsad.resolve;

import org.marsad.model.EntityType;
import org.marsad.model.Span;
import org.marsad.ner.RecognizedName;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two people named side by side by their surnames, which the tagger ran into one name (وشكر لوكاشينكا بوتين): a
 * person's name of two words, each of which ends the fuller name of a different person of the article (ألكسندر
 * لوكاشينكو، فلاديمير بوتين), in any of its spellings, is those two people. Left whole, it would be a third person
 * whose surname makes the real one ambiguous.
 */
final class PeopleSideBySide {
    private PeopleSideBySide() {
    }

    static List<RecognizedName> split(Words w, List<RecognizedName> names) {
        List<int[]> wordsOf = new ArrayList<>(names.size());
        // fuller names (two words or more) by the blocking key of their last word: the candidates a surname may end
        Map<String, List<Integer>> byLastWord = new HashMap<>();
        for (int n = 0; n < names.size(); n++) {
            RecognizedName name = names.get(n);
            int[] words = name.type() == EntityType.PER ? wordsIn(w, name.span()) : new int[0];
            wordsOf.add(words);
            if (words.length >= 2) {
                String last = w.wordKey(words[words.length - 1]);
                byLastWord.computeIfAbsent(NameVariants.blockingKey(last), k -> new ArrayList<>()).add(n);
            }
        }
        List<RecognizedName> result = new ArrayList<>(names.size());
        for (int n = 0; n < names.size(); n++) {
            int[] words = wordsOf.get(n);
            if (words.length == 2) {
                int first = ending(w, wordsOf, byLastWord, n, words[0], -1);
                int second = first < 0 ? -1 : ending(w, wordsOf, byLastWord, n, words[1], first);
                if (second >= 0) {
                    Span span = names.get(n).span();
                    result.add(new RecognizedName(new Span(span.start(), w.stemEnd(words[0])), EntityType.PER));
                    result.add(new RecognizedName(new Span(w.token(words[1]).stemStart(), span.end()), EntityType.PER));
                    continue;
                }
            }
            result.add(names.get(n));
        }
        return result;
    }

    /**
     * The index of a fuller name, other than {@code self} and of another first word than {@code other}'s, that ends
     * with word {@code i}; -1 when none does.
     */
    private static int ending(Words w, List<int[]> wordsOf, Map<String, List<Integer>> byLastWord, int self, int i,
                              int other) {
        String key = w.wordKey(i);
        for (int candidate : byLastWord.getOrDefault(NameVariants.blockingKey(key), List.of())) {
            if (candidate == self) continue;
            int[] words = wordsOf.get(candidate);
            if (!NameVariants.sameName(key, w.wordKey(words[words.length - 1]))) continue;
            if (other >= 0 && w.wordKey(wordsOf.get(other)[0]).equals(w.wordKey(words[0]))) continue;
            return candidate;
        }
        return -1;
    }

    /** The words a span covers. */
    private static int[] wordsIn(Words w, Span span) {
        List<Integer> words = new ArrayList<>();
        for (int i = w.firstEndingAfter(span.start()); i < w.size() && w.token(i).start() < span.end(); i++) {
            if (w.isWord(i)) words.add(i);
        }
        return words.stream().mapToInt(Integer::intValue).toArray();
    }
}
