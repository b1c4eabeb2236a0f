package org.marsad.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marsad.model.Token;

/**
 * A trained tagger in two passes over a document: the first tags each sentence from its own words; the second
 * tags it again knowing, for each word, what the first pass said about the word's other occurrences nearby
 * ({@link DocumentVotes}). Tagging ({@link DocumentTagger}) gives the labels the two {@link SequenceModel}s give
 * feature by feature, but reads both passes' weights through one table ({@link TwoPassWeights}), analyses each
 * distinct word once ({@link DocumentWords}) and keeps the analyses of the words articles use most
 * ({@link WordAnalyses}), and needs memory in proportion to words × labels; the trainer keeps the plainer path.
 * Thread-safe: immutable, but for the word analyses it keeps, which change no label.
 *
 * @param window how many sentences on each side count as the document of a sentence, for input with no document
 *               boundaries (a CoNLL file); an article is always one document
 */
public final class NerModel {
    private final FeatureExtractor features;
    private final SequenceModel firstPass;
    private final SequenceModel secondPass;
    private final TwoPassWeights weights;
    private final WordAnalyses analyses;
    private final int window;
    private final String description;

    /** A model from its parts, as training makes them. */
    public NerModel(Gazetteer gazetteer, WordClusters clusters, SequenceModel firstPass, SequenceModel secondPass,
                    int window) {
        this(gazetteer, clusters, firstPass, secondPass, window, "");
    }

    NerModel(Gazetteer gazetteer, WordClusters clusters, SequenceModel firstPass, SequenceModel secondPass,
             int window, String description) {
        this.description = description;
        this.features = new FeatureExtractor(gazetteer, clusters);
        this.firstPass = firstPass;
        this.secondPass = secondPass;
        this.weights = new TwoPassWeights(firstPass, secondPass);
        this.analyses = new WordAnalyses(features, weights);
        this.window = window;
    }

    /** The resource of the model trained for this build: see docs/models.md. */
    static final String SHIPPED = "ner-model.bin";

    /** The model shipped with Marsad, loaded once. */
    public static NerModel shipped() throws IOException {
        return Shipped.MODEL.get();
    }

    private enum Shipped {
        ;
        private static final Loaded MODEL = load();

        private static Loaded load() {
            try (InputStream in = NerModel.class.getResourceAsStream(SHIPPED)) {
                if (in == null) return new Loaded(null, new InvalidModelException("this build of Marsad has no "
                        + "shipped NER model (resource org/marsad/ner/" + SHIPPED + " missing)"));
                return new Loaded(NerModelFile.read(in, "shipped model " + SHIPPED), null);
            } catch (IOException e) {
                return new Loaded(null, e);
            } catch (RuntimeException e) { // kept for every call: thrown here, it would make the class unusable
                return new Loaded(null, new InvalidModelException("shipped model " + SHIPPED + ": " + e));
            }
        }
    }

    private record Loaded(NerModel model, IOException failure) {
        NerModel get() throws IOException {
            if (failure != null) throw failure;
            return model;
        }
    }

    /** Reads a model file written by {@link #save}; a missing, truncated, damaged or foreign file fails here. */
    public static NerModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return NerModelFile.read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidModelException(file + ": no such model file");
        }
    }

    /** How the model was made, as written when it was saved; empty for a model not read from a file. */
    public String description() {
        return description;
    }

    /** Writes the model with a line describing how it was made. */
    public void save(Path file, String description) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            NerModelFile.write(this, description, out);
        }
    }

    Gazetteer gazetteer() {
        return features.gazetteer();
    }

    public WordClusters clusters() {
        return features.clusters();
    }

    /** The weights of the first pass, which reads each sentence alone. */
    public SequenceModel firstPass() {
        return firstPass;
    }

    /** The weights of the second pass, which also reads the first pass's votes. */
    public SequenceModel secondPass() {
        return secondPass;
    }

    public int window() {
        return window;
    }

    /** The first-pass labels of one sentence. */
    public int[] tagAlone(List<Word> words) {
        DocumentWords document = DocumentWords.of(List.of(words), analyses);
        return new DocumentTagger(features, weights, analyses, words.size()).firstPass(document);
    }

    /** The labels of every sentence of a run of sentences, each seen with {@link #window} sentences around it. */
    public List<int[]> tag(List<List<Word>> sentences, int window) {
        DocumentWords document = DocumentWords.of(sentences, analyses);
        int[] labels = tag(document, window);
        List<int[]> bySentence = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            bySentence.add(Arrays.copyOfRange(labels, document.sentenceStarts[s], document.sentenceStarts[s + 1]));
        }
        return bySentence;
    }

    /** The words of an article's sentences, sentence s being {@code tokens[from[s], to[s])}, ready for {@link #tag}. */
    DocumentWords words(String text, List<Token> tokens, int[] from, int[] to) {
        return DocumentWords.of(text, tokens, from, to, analyses);
    }

    /** The label of every word of a document, each sentence seen with {@code window} sentences around it. */
    int[] tag(DocumentWords document, int window) {
        return new DocumentTagger(features, weights, analyses, document.longestSentence()).tag(document, window);
    }
}
