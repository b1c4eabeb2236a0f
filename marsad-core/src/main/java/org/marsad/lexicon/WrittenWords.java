package org.marsad.lexicon;

import org.marsad.text.MatchingKey;

/**
 * The words of a text as the lexicon's learners count them: runs of Arabic letters, tatweel and diacritics, each with
 * its matching key (which drops the marks). Words whose key is empty are passed over.
 */
final class WrittenWords {
    /** What a learner does with one word: its offsets in the text and its matching key. */
    interface Visitor {
        void word(int start, int end, String key);
    }

    private WrittenWords() {
    }

    /** Gives each word of {@code text} to {@code visitor}, in text order. */
    static void forEach(String text, Visitor visitor) {
        int i = 0, n = text.length();
        while (i < n) {
            while (i < n && !isWordChar(text.charAt(i))) i++;
            int start = i;
            while (i < n && isWordChar(text.charAt(i))) i++;
            if (start == i) break;
            String key = MatchingKey.of(text, start, i);
            if (!key.isEmpty()) visitor.word(start, i, key);
        }
    }

    private static boolean isWordChar(char c) {
        return c >= '\u0621' && c <= '\u0652' || c == '\u0670';
    }
}
