package org.marsad.resolve;

import org.marsad.lexicon.WordKey;
import org.marsad.model.EntityType;
import org.marsad.model.Span;
import org.marsad.model.Token;
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

    static List<RecognizedName> split(String text, List<Token> tokens, List<RecognizedName> names) {
        List<int[]> wordsOf = new ArrayList<>(names.size());
        // fuller names (two words or more) by the blocking key of their last word: the candidates a surname may end
        Map<String, List<Integer>> byLastWord = new HashMap<>();
        for (int n = 0; n < names.size(); n++) {
            RecognizedName name = names.get(n);
            int[] words = name.type() == EntityType.PER ? wordsIn(tokens, name.span()) : new int[0];
            wordsOf.add(words);
            if (words.length >= 2) {
                String last = WordKey.of(text, tokens.get(words[words.length - 1]));
                byLastWord.computeIfAbsent(NameVariants.blockingKey(last), k -> new ArrayList<>()).add(n);
            }
        }
        List<RecognizedName> result = new ArrayList<>(names.size());
        for (int n = 0; n < names.size(); n++) {
            int[] words = wordsOf.get(n);
            if (words.length == 2) {
                int first = ending(text, tokens, names, wordsOf, byLastWord, n, words[0], -1);
                int second = first < 0 ? -1 : ending(text, tokens, names, wordsOf, byLastWord, n, words[1], first);
                if (second >= 0) {
                    Token a = tokens.get(words[0]), b = tokens.get(words[1]);
                    result.add(new RecognizedName(new Span(names.get(n).span().start(), end(a)), EntityType.PER));
                    result.add(new RecognizedName(new Span(b.stemStart() < b.stemEnd() ? b.stemStart() : b.start(),
                            names.get(n).span().end()), EntityType.PER));
                    continue;
                }
            }
            result.add(names.get(n));
        }
        return result;
    }

    /**
     * The index of a fuller name, other than {@code self} and of another first word than {@code other}'s, that ends
     * with the word at {@code token}; -1 when none does.
     */
    private static int ending(String text, List<Token> tokens, List<RecognizedName> names, List<int[]> wordsOf,
                              Map<String, List<Integer>> byLastWord, int self, int token, int other) {
        String key = WordKey.of(text, tokens.get(token));
        for (int candidate : byLastWord.getOrDefault(NameVariants.blockingKey(key), List.of())) {
            if (candidate == self) continue;
            int[] words = wordsOf.get(candidate);
            String last = WordKey.of(text, tokens.get(words[words.length - 1]));
            if (!NameVariants.sameName(key, last)) continue;
            if (other >= 0 && firstWord(text, tokens, wordsOf.get(other)).equals(firstWord(text, tokens, words))) {
                continue;
            }
            return candidate;
        }
        return -1;
    }

    private static String firstWord(String text, List<Token> tokens, int[] words) {
        return WordKey.of(text, tokens.get(words[0]));
    }

    private static int end(Token t) {
        return t.stemEnd() > t.stemStart() ? t.stemEnd() : t.end();
    }

    /** The word tokens a span covers. */
    private static int[] wordsIn(List<Token> tokens, Span span) {
        int low = 0, high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).end() <= span.start()) low = mid + 1;
            else high = mid;
        }
        List<Integer> words = new ArrayList<>();
        for (int i = low; i < tokens.size() && tokens.get(i).start() < span.end(); i++) {
            if (WordKey.isWord(tokens.get(i))) words.add(i);
        }
        return words.stream().mapToInt(Integer::intValue).toArray();
    }
}
