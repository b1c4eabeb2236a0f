package org.marsad.ner.train;

import org.marsad.model.Token;
import org.marsad.ner.Word;
import org.marsad.ner.WordClusters;
import org.marsad.text.ArabicTokenizer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Running text without labels, as articles of lines of analysed words, for learning {@link WordClusters}: the words
 * of the training sentences, the titles and bodies of the SaudiNewsNet articles (JSON arrays of objects with
 * {@code title} and {@code content}) and those of the ANT corpus (one TREC-style document a file, in a folder per
 * category). Equal words share one {@link Word}, which keeps millions of tokens in a default heap.
 */
final class UnlabelledCorpus {
    private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();

    /** The articles, each as its lines; the training sentences, if any, come first, as one article. */
    private final List<List<List<Word>>> articles = new ArrayList<>();
    private final Map<Word, Word> shared = new HashMap<>();
    private boolean hasTraining;

    private UnlabelledCorpus() {
    }

    /** The training words, then the SaudiNewsNet files under {@code dataDir/saudinewsnet}, then ANT's. */
    static UnlabelledCorpus of(List<TaggedSentence> training, Path dataDir) throws IOException {
        UnlabelledCorpus corpus = new UnlabelledCorpus();
        List<List<Word>> sentences = new ArrayList<>();
        for (TaggedSentence s : training) sentences.add(s.words().stream().map(corpus::share).toList());
        corpus.hasTraining = !sentences.isEmpty();
        if (corpus.hasTraining) corpus.articles.add(sentences);
        NewsTexts.forEach(dataDir, corpus::addArticle);
        return corpus;
    }

    /** Every line of every article, in order. */
    List<List<Word>> lines() {
        return linesOf(articles);
    }

    /** The lines of the news articles alone, without the training sentences. */
    List<List<Word>> newsLines() {
        return linesOf(articles.subList(hasTraining ? 1 : 0, articles.size()));
    }

    private static List<List<Word>> linesOf(List<List<List<Word>>> articles) {
        List<List<Word>> lines = new ArrayList<>();
        for (List<List<Word>> article : articles) lines.addAll(article);
        return lines;
    }

    /** The articles (the training sentences first, as one), each as its lines. */
    List<List<List<Word>>> articles() {
        return articles;
    }

    int tokens() {
        return articles.stream().flatMap(List::stream).mapToInt(List::size).sum();
    }

    private Word share(String word) {
        return share(Word.of(word));
    }

    private Word share(Word word) {
        Word known = shared.putIfAbsent(word, word);
        return known != null ? known : word;
    }

    private void addArticle(String text) {
        List<List<Word>> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            List<Word> words = new ArrayList<>();
            for (Token token : TOKENIZER.tokenize(line)) words.add(share(Word.of(line, token)));
            if (!words.isEmpty()) lines.add(words);
        }
        if (!lines.isEmpty()) articles.add(lines);
    }
}
