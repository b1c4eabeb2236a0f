package org.marsad.ner.train;

import org.marsad.ner.Gazetteer;
import org.marsad.ner.NerModel;
import org.marsad.ner.WordClusters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Everything {@code marsad ner train} does: read the training file (and any news labelled in its style,
 * {@link NewsNames}), build the gazetteer, learn word classes (PMI clusters, classes of skip-gram vectors) from the
 * training words and the unlabelled news under the data folder, and train both passes, with corpus votes over the
 * news. The share of proper-noun tags a treebank tagger gave each word
 * of the news ({@link ProperNounShares}) joins the word classes when it is given.
 *
 * @param dataDir     the folder of public datasets ({@code ../shared/data}), holding the name lists and the news
 * @param properNouns proper-noun counts over the same news, or null to train without them
 */
public record NerTraining(NerTrainer trainer, Path dataDir, ProperNounShares properNouns) {
    public NerTraining(NerTrainer trainer, Path dataDir) {
        this(trainer, dataDir, null);
    }

    /** Cluster granularities, coarse to fine, and the vocabulary they cover. */
    static final int[] CLUSTER_SIZES = {64, 256, 1024};
    static final int CLUSTER_MIN_COUNT = 3;
    static final int CLUSTER_CONTEXT_WORDS = 1000;
    static final long CLUSTER_SEED = 7;
    /** Granularities of the classes of word vectors, and the vectors' training. */
    static final int[] VECTOR_CLUSTER_SIZES = {512};
    static final SkipGram VECTORS = new SkipGram(64, 5, 5, 3, CLUSTER_MIN_COUNT, 1e-4, CLUSTER_SEED);

    public NerModel train(Path trainFile, Consumer<String> log) throws IOException, NerDataException {
        return train(trainFile, List.of(), List.of(), log);
    }

    /**
     * Trains on the sentences of a CoNLL file, those of news labelled as {@link NewsNames} reads them and those we
     * wrote with their names marked ({@link WrittenNames}).
     */
    public NerModel train(Path trainFile, List<Path> newsNames, List<Path> writtenNames, Consumer<String> log)
            throws IOException, NerDataException {
        ConllFile read = ConllReader.readFile(trainFile);
        List<TaggedSentence> sentences = new ArrayList<>(read.sentences());
        if (sentences.isEmpty()) throw new NerDataException(trainFile + ": no sentences");
        log.accept("read " + sentences.size() + " sentences, " + read.tokens() + " tokens from " + trainFile);
        if (!read.otherTypeTokens().isEmpty()) {
            log.accept("tags of types the tagger does not learn, read as O: " + read.otherTypesSummary());
        }
        for (Path labels : newsNames) {
            added(sentences, NewsNames.read(labels, dataDir), "of labelled news from " + labels, log);
        }
        for (Path written : writtenNames) {
            added(sentences, WrittenNames.read(written), "written with their names from " + written, log);
        }
        return train(sentences, log);
    }

    private static void added(List<TaggedSentence> sentences, List<TaggedSentence> more, String what,
                              Consumer<String> log) {
        sentences.addAll(more);
        log.accept("read " + more.size() + " sentences, " + more.stream().mapToInt(TaggedSentence::size).sum()
                + " tokens " + what);
    }

    public NerModel train(List<TaggedSentence> sentences, Consumer<String> log) throws IOException {
        Gazetteer gazetteer = GazetteerSources.build(dataDir);
        log.accept("gazetteer: " + gazetteer.size() + " entries");
        UnlabelledCorpus corpus = UnlabelledCorpus.of(sentences, dataDir);
        log.accept("unlabelled text: " + corpus.articles().size() + " articles, " + corpus.tokens() + " tokens");
        WordClusters clusters = ClusterLearning.learn(corpus.lines(), CLUSTER_MIN_COUNT, CLUSTER_CONTEXT_WORDS,
                CLUSTER_SIZES, CLUSTER_SEED);
        log.accept("word clusters: " + clusters.all().size() + " words");
        clusters = VectorClusters.addedTo(clusters, VECTORS.learn(corpus.lines()), VECTOR_CLUSTER_SIZES, CLUSTER_SEED);
        log.accept("classes of word vectors added");
        if (properNouns != null) {
            clusters = properNouns.addedTo(clusters);
            log.accept("shares of proper-noun tags added (" + properNouns.words() + " words counted)");
        }
        return trainer.train(sentences, gazetteer, clusters, corpus.newsLines(), log);
    }
}
