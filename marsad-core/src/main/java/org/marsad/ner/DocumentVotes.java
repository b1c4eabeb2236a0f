package org.marsad.ner;

import java.util.ArrayList;
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
    /** No vote: the word is not one that votes, or it occurs nowhere else in its document. */
    static final int NONE = -1;
    /** Majority strength: every other occurrence, most of them, or at least one. */
    private static final int ALL = 0, MOST = 1, SOME = 2, STRENGTHS = 3;
    /** The vote of a word seen elsewhere in its document, never as a name. */
    static final int NEVER_A_NAME = BioLabels.COUNT * STRENGTHS;
    /** Votes other than NONE are {@code label * STRENGTHS + strength} or NEVER_A_NAME: all below this. */
    static final int DISTINCT = NEVER_A_NAME + 1;

    private DocumentVotes() {
    }

    /**
     * The votes for every word of a run of sentences, from their first-pass {@code labels}, each sentence's document
     * being the {@code window} sentences on each side of it. The counts slide with the window, so the cost is one
     * pass over the words whatever the window.
     */
    static List<int[]> of(List<List<Word>> sentences, List<int[]> labels, int window) {
        int n = sentences.size();
        Map<String, int[]> counts = new HashMap<>();
        List<int[]> votes = new ArrayList<>(n);
        int added = 0, removed = 0; // the window holds sentences [removed, added)
        for (int s = 0; s < n; s++) {
            long last = Math.min(n - 1L, (long) s + window);
            while (added <= last) count(sentences.get(added), labels.get(added++), counts, 1);
            while (removed < s - window) count(sentences.get(removed), labels.get(removed++), counts, -1);
            votes.add(votesOf(sentences.get(s), labels.get(s), counts));
        }
        return votes;
    }

    private static void count(List<Word> words, int[] labels, Map<String, int[]> counts, int delta) {
        for (int i = 0; i < words.size(); i++) {
            if (!mayVote(words.get(i))) continue;
            counts.computeIfAbsent(words.get(i).stemKey(), k -> new int[BioLabels.COUNT])[labels[i]] += delta;
        }
    }

    private static int[] votesOf(List<Word> words, int[] own, Map<String, int[]> counts) {
        int[] votes = new int[words.size()];
        int[] c = new int[BioLabels.COUNT];
        for (int i = 0; i < words.size(); i++) {
            votes[i] = NONE;
            if (!mayVote(words.get(i))) continue;
            System.arraycopy(counts.get(words.get(i).stemKey()), 0, c, 0, c.length);
            c[own[i]]--; // the word's own first-pass label is not a vote about it
            int total = 0, best = -1;
            for (int label = 0; label < c.length; label++) {
                total += c[label];
                if (label != BioLabels.OUTSIDE && c[label] > 0 && (best < 0 || c[label] > c[best])) best = label;
            }
            if (best < 0) {
                if (total > 0) votes[i] = NEVER_A_NAME;
                continue;
            }
            int strength = c[best] == total ? ALL : 2 * c[best] > total ? MOST : SOME;
            votes[i] = best * STRENGTHS + strength;
        }
        return votes;
    }

    private static boolean mayVote(Word word) {
        return (word.kind() == org.marsad.model.Token.Kind.WORD || word.kind() == org.marsad.model.Token.Kind.LATIN)
                && word.stemKey().length() >= 2;
    }
}
