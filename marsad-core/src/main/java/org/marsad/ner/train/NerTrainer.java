package org.marsad.ner.train;

import org.marsad.ner.DocumentVotes;
import org.marsad.ner.FeatureExtractor;
import org.marsad.ner.Gazetteer;
import org.marsad.ner.NerModel;
import org.marsad.ner.SequenceModel;
import org.marsad.ner.Word;
import org.marsad.ner.WordClusters;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Trains both passes of a {@link NerModel}. The second pass must learn from first-pass votes as noisy as the ones it
 * will meet on new text, so the votes it trains on come from cross-fitting: the training sentences are cut into
 * {@code folds} parts, and each part is tagged by a first-pass model trained on the others.
 *
 * @param window   sentences on each side that make a sentence's document when the input has no document bounds
 * @param minCount features seen fewer times in training are left out
 * @param runs     perceptrons trained on different orders of the sentences, whose weights are averaged
 */
public record NerTrainer(int epochs, long seed, int folds, int window, int minCount, int runs) {
    public static final NerTrainer DEFAULT = new NerTrainer(15, 42, 5, 30, 2, 3);

    public NerTrainer {
        if (epochs < 1 || folds < 2 || window < 0 || minCount < 1 || runs < 1) {
            throw new IllegalArgumentException("bad settings: epochs " + epochs + ", folds " + folds + ", window "
                    + window + ", minCount " + minCount + ", runs " + runs + " (need at least 1, 2, 0, 1, 1)");
        }
    }

    public NerTrainer withEpochs(int epochs) {
        return new NerTrainer(epochs, seed, folds, window, minCount, runs);
    }

    public NerTrainer withSeed(long seed) {
        return new NerTrainer(epochs, seed, folds, window, minCount, runs);
    }


    /** Both passes from the training sentences alone, with no corpus votes. */
    public NerModel train(List<TaggedSentence> sentences, Gazetteer gazetteer, WordClusters clusters,
                          Consumer<String> log) {
        return train(sentences, gazetteer, clusters, List.of(), log);
    }

    /**
     * Both passes, with {@linkplain CorpusVotes corpus votes} from {@code unlabelled} lines added to the word classes
     * when there are any. Votes on the training sentences must be as noisy as those on new text, so each fold's
     * sentences read the votes of a tagger trained without them; the model keeps those of a tagger trained on all.
     */
    public NerModel train(List<TaggedSentence> sentences, Gazetteer gazetteer, WordClusters clusters,
                          List<List<Word>> unlabelled, Consumer<String> log) {
        FeatureExtractor plain = new FeatureExtractor(gazetteer, clusters);
        List<List<Word>> words = new ArrayList<>(sentences.size());
        List<int[]> labels = new ArrayList<>(sentences.size());
        List<long[][]> local = new ArrayList<>(sentences.size());
        for (TaggedSentence sentence : sentences) {
            List<Word> w = sentence.words().stream().map(Word::of).toList();
            words.add(w);
            labels.add(sentence.labels());
            local.add(plain.extract(w));
        }
        PerceptronTrainer perceptron = new PerceptronTrainer(epochs, seed, minCount, runs);
        int n = sentences.size();
        WordClusters classes = clusters;
        if (!unlabelled.isEmpty()) {
            List<long[][]> voted = new ArrayList<>(n);
            for (int fold = 0; fold < folds; fold++) {
                int from = fold * n / folds, to = (fold + 1) * n / folds;
                SequenceModel tagger = perceptron.train(without(local, from, to), without(labels, from, to));
                FeatureExtractor withVotes = new FeatureExtractor(gazetteer,
                        CorpusVotes.addedTo(clusters, tagger, plain, unlabelled));
                for (int s = from; s < to; s++) voted.add(withVotes.extract(words.get(s)));
                log.accept("corpus votes, fold " + (fold + 1) + " of " + folds + " counted");
            }
            classes = CorpusVotes.addedTo(clusters, perceptron.train(local, labels), plain, unlabelled);
            log.accept("corpus votes counted over " + unlabelled.stream().mapToInt(List::size).sum() + " tokens");
            local = voted;
        }
        List<int[]> crossFitted = new ArrayList<>(n);
        for (int fold = 0; fold < folds; fold++) {
            int from = fold * n / folds, to = (fold + 1) * n / folds;
            SequenceModel model = perceptron.train(without(local, from, to), without(labels, from, to));
            for (int s = from; s < to; s++) crossFitted.add(model.decode(local.get(s)));
            log.accept("first pass, fold " + (fold + 1) + " of " + folds + " trained");
        }
        SequenceModel firstPass = perceptron.train(local, labels);
        log.accept("first pass trained: " + firstPass.index().size() + " features");
        List<int[]> votes = DocumentVotes.of(words, crossFitted, window);
        List<long[][]> withVotes = new ArrayList<>(n);
        for (int s = 0; s < n; s++) withVotes.add(FeatureExtractor.withVotes(local.get(s), votes.get(s)));
        SequenceModel secondPass = perceptron.train(withVotes, labels);
        log.accept("second pass trained: " + secondPass.index().size() + " features");
        return new NerModel(gazetteer, classes, firstPass, secondPass, window);
    }

    /** {@code items} without those at {@code [from, to)}. */
    private static <T> List<T> without(List<T> items, int from, int to) {
        List<T> rest = new ArrayList<>(items.subList(0, from));
        rest.addAll(items.subList(to, items.size()));
        return rest;
    }
}
