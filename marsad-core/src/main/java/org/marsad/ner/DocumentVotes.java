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
public final class DocumentVotes {
    /** No vote: the word is not one that votes, or it occurs nowhere else in its document. */
    static final int NONE = -1;
    /** Majority strength: every other occurrence, most of them, or at least one. */
    private static final int ALL = 0, MOST = 1, SOME = 2, STRENGTHS = 3;
    /** The vote of a word seen elsewhere in its document, never as a name. */
    static final int NEVER_A_NAME = BioCodec.COUNT * STRENGTHS;
    /** Votes other than NONE are {@code label * STRENGTHS + strength} or NEVER_A_NAME: all below this. */
    static final int DISTINCT = NEVER_A_NAME + 1;

    private DocumentVotes() {
    }

    /**
     * The votes for every word of a run of sentences, from their first-pass {@code labels}, each sentence's document
     * being the {@code window} sentences on each side of it.
     */
    public static List<int[]> of(List<List<Word>> sentences, List<int[]> labels, int window) {
        int positions = 0;
        for (List<Word> sentence : sentences) positions += sentence.size();
        int[] starts = new int[sentences.size() + 1], voters = new int[positions], flat = new int[positions];
        Map<String, Integer> stems = new HashMap<>();
        int at = 0;
        for (int s = 0; s < sentences.size(); s++) {
            starts[s] = at;
            List<Word> words = sentences.get(s);
            for (int i = 0; i < words.size(); i++, at++) {
                flat[at] = labels.get(s)[i];
                voters[at] = mayVote(words.get(i)) ? number(stems, words.get(i).stemKey()) : -1;
            }
        }
        starts[sentences.size()] = at;
        int[] votes = of(voters, stems.size(), starts, flat, window);
        List<int[]> bySentence = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            bySentence.add(java.util.Arrays.copyOfRange(votes, starts[s], starts[s + 1]));
        }
        return bySentence;
    }

    /** The number of {@code stem} among {@code stems}, numbered in order of first occurrence. */
    static int number(Map<String, Integer> stems, String stem) {
        Integer number = stems.get(stem);
        if (number == null) {
            number = stems.size();
            stems.put(stem, number);
        }
        return number;
    }

    /**
     * The votes for every word of a run of sentences, sentence s being positions {@code [starts[s], starts[s + 1])}:
     * {@code voters[p]} numbers the stem of the word at p among the {@code stems} stems that vote (-1 for a word that
     * does not vote) and {@code labels[p]} is its first-pass label. The counts slide with the window, so the cost is
     * one pass over the words whatever the window.
     */
    static int[] of(int[] voters, int stems, int[] starts, int[] labels, int window) {
        int n = starts.length - 1;
        int[] counts = new int[stems * BioCodec.COUNT];
        int[] votes = new int[voters.length];
        int[] c = new int[BioCodec.COUNT];
        int added = 0, removed = 0; // the window holds sentences [removed, added)
        for (int s = 0; s < n; s++) {
            long last = Math.min(n - 1L, (long) s + window);
            for (; added <= last; added++) count(added, starts, voters, labels, counts, 1);
            for (; removed < s - window; removed++) count(removed, starts, voters, labels, counts, -1);
            for (int p = starts[s]; p < starts[s + 1]; p++) votes[p] = voteOf(voters[p], labels[p], counts, c);
        }
        return votes;
    }

    private static void count(int sentence, int[] starts, int[] voters, int[] labels, int[] counts, int delta) {
        for (int p = starts[sentence]; p < starts[sentence + 1]; p++) {
            if (voters[p] >= 0) counts[voters[p] * BioCodec.COUNT + labels[p]] += delta;
        }
    }

    /** The vote about a word with first-pass label {@code own}; {@code c} is scratch. */
    private static int voteOf(int voter, int own, int[] counts, int[] c) {
        if (voter < 0) return NONE;
        System.arraycopy(counts, voter * BioCodec.COUNT, c, 0, c.length);
        c[own]--; // the word's own first-pass label is not a vote about it
        int total = 0, best = -1;
        for (int label = 0; label < c.length; label++) {
            total += c[label];
            if (label != BioCodec.OUTSIDE && c[label] > 0 && (best < 0 || c[label] > c[best])) best = label;
        }
        if (best < 0) return total > 0 ? NEVER_A_NAME : NONE;
        int strength = c[best] == total ? ALL : 2 * c[best] > total ? MOST : SOME;
        return best * STRENGTHS + strength;
    }

    /** Whether a word votes and gets votes: Arabic or Latin words of two letters or more. */
    static boolean mayVote(Word word) {
        return (word.kind() == org.marsad.model.Token.Kind.WORD || word.kind() == org.marsad.model.Token.Kind.LATIN)
                && word.stemKey().length() >= 2;
    }
}
