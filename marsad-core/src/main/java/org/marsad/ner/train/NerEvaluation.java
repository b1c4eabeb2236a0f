package org.marsad.ner.train;

import org.marsad.model.EntityType;
import org.marsad.ner.BioCodec;
import org.marsad.ner.NerModel;
import org.marsad.ner.Word;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of a tagger on gold sentences, with CoNLL exact-span matching ({@link SpanScores}), and its speed:
 * tokens tagged per second, timing the tagging alone (word analysis included, file reading not).
 */
public record NerEvaluation(Score micro, Map<EntityType, Score> types, long tokens, double tokensPerSecond) {

    /** Precision, recall and F1 in percent, with the counts they come from. */
    public record Score(int correct, int predicted, int gold, double precision, double recall, double f1) {
        static Score of(SpanScores.Counts c) {
            return new Score(c.truePositives, c.predicted, c.gold, c.precision(), c.recall(), c.f1());
        }
    }

    /** Tags {@code gold} with {@code model}, reading the sentences in order as running text, and scores it. */
    public static NerEvaluation of(NerModel model, List<TaggedSentence> gold) {
        return of(model, ConllFile.of(gold));
    }

    /** Tags {@code gold} with {@code model}, each document's sentences in order as running text, and scores it. */
    public static NerEvaluation of(NerModel model, ConllFile gold) {
        long started = System.nanoTime();
        List<int[]> predicted = tag(model, gold);
        double seconds = (System.nanoTime() - started) / 1e9;
        SpanScores scores = new SpanScores();
        for (int s = 0; s < gold.sentences().size(); s++) {
            scores.add(gold.sentences().get(s).labels(), predicted.get(s));
        }
        return of(scores, seconds);
    }

    /** The labels {@code model} gives the words of {@code gold}, read in order as running text. */
    public static List<int[]> tag(NerModel model, List<TaggedSentence> gold) {
        return tag(model, ConllFile.of(gold));
    }

    /**
     * The labels {@code model} gives the words of {@code gold}, each document read in order as running text, so that
     * what one document says of a word never sways the tags of another.
     */
    public static List<int[]> tag(NerModel model, ConllFile gold) {
        List<int[]> labels = new ArrayList<>(gold.sentences().size());
        for (List<TaggedSentence> document : gold.documents()) {
            List<List<Word>> sentences = new ArrayList<>(document.size());
            for (TaggedSentence s : document) sentences.add(s.words().stream().map(Word::of).toList());
            labels.addAll(model.tag(sentences, model.window()));
        }
        return labels;
    }

    /**
     * Scores tags another tagger gave, one list per gold sentence, in the tag set of the gold files, so every
     * tagger is scored by the same code.
     */
    public static NerEvaluation of(List<TaggedSentence> gold, List<List<String>> predictedTags, double seconds) {
        if (predictedTags.size() != gold.size()) throw new IllegalArgumentException("one tag list per sentence");
        SpanScores scores = new SpanScores();
        for (int s = 0; s < gold.size(); s++) {
            List<String> tags = predictedTags.get(s);
            if (tags.size() != gold.get(s).size()) throw new IllegalArgumentException("one tag per word");
            int[] labels = new int[tags.size()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = BioCodec.parse(tags.get(i));
                if (labels[i] < 0) throw new IllegalArgumentException("unknown tag " + tags.get(i));
            }
            scores.add(gold.get(s).labels(), labels);
        }
        return of(scores, seconds);
    }

    private static NerEvaluation of(SpanScores scores, double seconds) {
        Map<EntityType, Score> types = new EnumMap<>(EntityType.class);
        scores.byType().forEach((type, counts) -> types.put(type, Score.of(counts)));
        return new NerEvaluation(Score.of(scores.micro()), Collections.unmodifiableMap(types), scores.tokens(),
                seconds > 0 ? scores.tokens() / seconds : 0);
    }
}
