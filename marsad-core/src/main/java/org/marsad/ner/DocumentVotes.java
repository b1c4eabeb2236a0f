package org.marsad.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a first tagging pass said about the other occurrences of each word in its document: a name is written
 * many times in an article, and an occurrence in a clear context (الرئيس … قال) vouches for one in an unclear one.
 * A vote is the label most often given to the word's other occurrences, with how clear the majority was; the
 * second pass reads it as a feature, so it learns how far to trust it. Only words that look like names carry votes
 * (Arabic or Latin words of two letters or more).
 */
final class DocumentVotes {
    static final int NONE = -1;
    /** Majority strength: every other occurrence, most of them, or at least one. */
    private static final int ALL = 0, MOST = 1, SOME = 2;

    private DocumentVotes() {
    }

    /**
     * The votes for each word of {@code sentences.get(at)}, from the first-pass {@code labels} of the sentences in
     * {@code [from, to)}, which include it.
     */
    static int[] of(List<List<Word>> sentences, List<int[]> labels, int from, int to, int at) {
        Map<String, int[]> counts = new HashMap<>();
        for (int s = from; s < to; s++) {
            List<Word> words = sentences.get(s);
            int[] l = labels.get(s);
            for (int i = 0; i < words.size(); i++) {
                if (!votes(words.get(i))) continue;
                counts.computeIfAbsent(words.get(i).stemKey(), k -> new int[BioLabels.COUNT])[l[i]]++;
            }
        }
        List<Word> words = sentences.get(at);
        int[] own = labels.get(at);
        int[] votes = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            votes[i] = NONE;
            if (!votes(words.get(i))) continue;
            int[] c = counts.get(words.get(i).stemKey()).clone();
            c[own[i]]--; // the word's own first-pass label is not a vote about it
            int total = 0, best = -1;
            for (int label = 0; label < c.length; label++) {
                total += c[label];
                if (label != BioLabels.OUTSIDE && c[label] > 0 && (best < 0 || c[label] > c[best])) best = label;
            }
            if (best < 0) {
                if (total > 0) votes[i] = BioLabels.COUNT * 3; // seen elsewhere, never as a name
                continue;
            }
            int strength = c[best] == total ? ALL : 2 * c[best] > total ? MOST : SOME;
            votes[i] = best * 3 + strength;
        }
        return votes;
    }

    private static boolean votes(Word word) {
        return (word.kind() == org.marsad.model.Token.Kind.WORD || word.kind() == org.marsad.model.Token.Kind.LATIN)
                && word.stemKey().length() >= 2;
    }
}
