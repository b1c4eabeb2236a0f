package org.marsad.ner.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The sentences of a CoNLL-style file, where its documents start ({@code -DOCSTART-} lines; a file without them is one
 * document), and how many tokens carried a tag of a type the tagger does not find, by type, read as outside.
 */
public record ConllFile(List<TaggedSentence> sentences, List<Integer> documentStarts,
                        SortedMap<String, Integer> otherTypeTokens) {
    public ConllFile {
        sentences = List.copyOf(sentences);
        documentStarts = List.copyOf(documentStarts);
        if (documentStarts.isEmpty() || documentStarts.get(0) != 0) {
            throw new IllegalArgumentException("the first document starts at sentence 0");
        }
        for (int d = 1; d < documentStarts.size(); d++) {
            if (documentStarts.get(d) <= documentStarts.get(d - 1) || documentStarts.get(d) > sentences.size()) {
                throw new IllegalArgumentException("document starts must rise within the sentences: " + documentStarts);
            }
        }
        otherTypeTokens = Collections.unmodifiableSortedMap(new TreeMap<>(otherTypeTokens));
    }

    /** Sentences read as one document, with no tags of other types. */
    public static ConllFile of(List<TaggedSentence> sentences) {
        return new ConllFile(sentences, List.of(0), new TreeMap<>());
    }

    /** The sentences of each document, in order; documents without sentences are left out. */
    public List<List<TaggedSentence>> documents() {
        List<List<TaggedSentence>> documents = new ArrayList<>();
        for (int d = 0; d < documentStarts.size(); d++) {
            int end = d + 1 < documentStarts.size() ? documentStarts.get(d + 1) : sentences.size();
            if (end > documentStarts.get(d)) documents.add(sentences.subList(documentStarts.get(d), end));
        }
        return documents;
    }

    public int tokens() {
        return sentences.stream().mapToInt(TaggedSentence::size).sum();
    }

    /** What the reader read as outside, for a command to print: "DATE 12 tokens, NORP 3 tokens", or "". */
    public String otherTypesSummary() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Integer> e : otherTypeTokens.entrySet()) {
            if (out.length() > 0) out.append(", ");
            out.append(e.getKey()).append(' ').append(e.getValue()).append(e.getValue() == 1 ? " token" : " tokens");
        }
        return out.toString();
    }
}
