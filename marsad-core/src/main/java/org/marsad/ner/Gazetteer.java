package org.marsad.ner;

import org.marsad.model.Token;
import org.marsad.text.ArabicTokenizer;
import org.marsad.text.MatchingKey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Name lists the tagger reads as features, never as answers: a phrase of one or more words, stored as the stem
 * keys of its words joined by spaces (so أمريكا، الأردن and والأردن all meet), with the lists it belongs to as
 * bits. Immutable once built; thread-safe.
 */
public final class Gazetteer {
    /** The lists, one bit each. */
    public enum NameList {
        PERSON_FIRST, PERSON_LAST, COUNTRY, CITY, PERSON, PLACE, ORGANISATION,
        /** Organisations news names by name alone (الليكود، تويوتا); the name means nothing else. */
        KNOWN_ORGANISATION,
        /** Organisations whose name is also an ordinary word or a place (العربي، الوحدة، ميلان). */
        KNOWN_ORGANISATION_SHARED,
        /** Other named things: currencies, prizes, tournaments, events, products, works (نوبل، المونديال). */
        KNOWN_OTHER,
        /** Other named things whose name is also an ordinary word or a place. */
        KNOWN_OTHER_SHARED,
        /** Persons of politics, sport and culture, by full name and by the short name news uses alone. */
        KNOWN_PERSON,
        /** Persons whose short name is also a common first name or an ordinary word (صلاح، هنري). */
        KNOWN_PERSON_SHARED
    }

    static final int LIST_COUNT = NameList.values().length;
    private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();

    private final Map<String, Integer> phrases;
    /** For each word that begins a phrase of two words or more, the most words such a phrase has. */
    private final Map<String, Integer> longestFrom;
    /**
     * The first two words or more of each longer phrase, so that a match grows word by word and stops where no
     * phrase goes on: a word that opens thousands of names (محمد) costs one lookup where no name follows.
     */
    private final java.util.Set<String> openings;

    Gazetteer(Map<String, Integer> phrases) {
        for (int bits : phrases.values()) {
            if (bits <= 0 || bits >= 1 << LIST_COUNT) throw new IllegalArgumentException("list bits " + bits);
        }
        // HashMap rather than Map.copyOf: these are looked up for every word tagged, and HashMap finds a key
        // faster; neither is ever changed after this constructor
        this.phrases = new HashMap<>(phrases);
        this.longestFrom = new HashMap<>();
        this.openings = new java.util.HashSet<>();
        for (String phrase : phrases.keySet()) {
            String[] words = phrase.split(" ");
            if (words.length > 1) longestFrom.merge(words[0], words.length, Math::max);
            int firstSpace = phrase.indexOf(' ');
            for (int end = phrase.indexOf(' ', firstSpace + 1); firstSpace >= 0 && end >= 0;
                 end = phrase.indexOf(' ', end + 1)) {
                openings.add(phrase.substring(0, end));
            }
        }
    }

    public static Gazetteer empty() {
        return new Gazetteer(Map.of());
    }

    public Map<String, Integer> phrases() {
        return java.util.Collections.unmodifiableMap(phrases);
    }

    public int size() {
        return phrases.size();
    }

    /** The lists a phrase of stem keys joined by spaces is on, 0 when it is on none. */
    public int phraseLists(String stemKeys) {
        return phrases.getOrDefault(stemKeys, 0);
    }

    /** The lists a one-word entry is on. */
    public int lists(String stemKey) {
        Integer bits = phrases.get(stemKey);
        return bits == null ? 0 : bits;
    }

    /**
     * For each word of a sentence, the lists of the longest phrase that covers it, as bits: the bits of list
     * {@code k} are {@code 1 << k} when the word begins the phrase and {@code 1 << (k + LIST_COUNT)} when it
     * continues it. Only phrases of two words or more count here; single words are read by {@link #lists}.
     */
    int[] phraseMatches(List<Word> words) {
        int n = words.size();
        Word[] w = words.toArray(new Word[0]);
        int[] longest = new int[n];
        for (int i = 0; i < n; i++) longest[i] = longestPhraseFrom(w[i].stemKey());
        int[] marks = new int[n];
        phraseMatches(w, longest, n, marks);
        return marks;
    }

    /** The words that begin a phrase of two words or more. */
    java.util.Set<String> phraseBeginnings() {
        return java.util.Collections.unmodifiableSet(longestFrom.keySet());
    }

    /** The most words of a phrase of two words or more that begins with {@code stemKey}, or 0 for none. */
    int longestPhraseFrom(String stemKey) {
        Integer longest = longestFrom.get(stemKey);
        return longest == null ? 0 : longest;
    }

    /**
     * {@link #phraseMatches(List)} of the words {@code words[0, n)}, given {@link #longestPhraseFrom} of each, written
     * to {@code marks[0, n)}.
     */
    void phraseMatches(Word[] words, int[] longest, int n, int[] marks) {
        java.util.Arrays.fill(marks, 0, n, 0);
        StringBuilder phrase = null;
        for (int i = 0; i < n; i++) {
            if (longest[i] == 0) continue;
            if (phrase == null) phrase = new StringBuilder();
            phrase.setLength(0);
            phrase.append(words[i].stemKey());
            int matched = 0, bits = 0;
            for (int length = 2; length <= Math.min(longest[i], n - i); length++) {
                String candidate = phrase.append(' ').append(words[i + length - 1].stemKey()).toString();
                Integer found = phrases.get(candidate);
                if (found != null) {
                    matched = length;
                    bits = found;
                }
                if (!openings.contains(candidate)) break;
            }
            if (matched == 0) continue;
            marks[i] |= bits;
            for (int j = i + 1; j < i + matched; j++) marks[j] |= bits << LIST_COUNT;
        }
    }

    /** Collects entries for a gazetteer. */
    public static final class Builder {
        private final Map<String, Integer> phrases = new HashMap<>();

        /** Adds a name as written in a list; returns false for an entry with no word in it. */
        public boolean add(String name, NameList list) {
            String key = phraseKey(name);
            if (key.isEmpty()) return false;
            phrases.merge(key, 1 << list.ordinal(), (a, b) -> a | b);
            return true;
        }

        public Gazetteer build() {
            return new Gazetteer(phrases);
        }
    }

    /** The stem keys of the words of {@code name}, joined by spaces; punctuation is left out. */
    static String phraseKey(String name) {
        StringBuilder key = new StringBuilder();
        for (Token token : TOKENIZER.tokenize(name)) {
            if (token.kind() == Token.Kind.PUNCTUATION || token.kind() == Token.Kind.SYMBOL) continue;
            String stem = Word.of(name, token).stemKey();
            if (stem.isEmpty()) continue;
            if (key.length() > 0) key.append(' ');
            key.append(stem);
        }
        return MatchingKey.of(key);
    }
}
