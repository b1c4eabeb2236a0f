package org.marsad.ner.train;

import org.marsad.ner.BioCodec;

import java.util.List;

/** A sentence of a training or evaluation file: its words and their gold labels ({@link BioCodec}). */
public record TaggedSentence(List<String> words, int[] labels) {
    public TaggedSentence {
        words = List.copyOf(words);
        if (labels.length != words.size()) throw new IllegalArgumentException("one label per word");
    }

    public int size() {
        return labels.length;
    }

    /** The gold tags as files write them (B-PER, I-LOC, O…). */
    public List<String> tags() {
        return java.util.Arrays.stream(labels).mapToObj(BioCodec::name).toList();
    }
}
