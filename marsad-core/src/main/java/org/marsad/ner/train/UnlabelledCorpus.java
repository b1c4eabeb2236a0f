package org.marsad.ner.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.parser.Parser;
import org.marsad.model.Token;
import org.marsad.ner.Word;
import org.marsad.ner.WordClusters;
import org.marsad.text.ArabicTokenizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Running text without labels, as articles of lines of analysed words, for learning {@link WordClusters}: the words
 * of the training sentences, the titles and bodies of the SaudiNewsNet articles (JSON arrays of objects with
 * {@code title} and {@code content}) and those of the ANT corpus (one TREC-style document a file, in a folder per
 * category). Equal words share one {@link Word}, which keeps millions of tokens in a default heap.
 */
final class UnlabelledCorpus {
    private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();
    private static final Pattern TREC_FIELD = Pattern.compile("<(TITLE|ABSTRACT|TEXT)>(.*?)</\\1>", Pattern.DOTALL);

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
        ObjectMapper json = new ObjectMapper();
        for (Path file : files(dataDir.resolve("saudinewsnet"), ".json", 1)) {
            for (JsonNode article : json.readTree(file.toFile())) {
                corpus.addArticle(article.path("title").asText("") + "\n" + article.path("content").asText(""));
            }
        }
        for (Path file : files(dataDir.resolve("ant-corpus"), ".txt", 2)) {
            corpus.addArticle(trecText(Files.readString(file, StandardCharsets.UTF_8)));
        }
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

    /** The title, abstract and text of a TREC-style document, one after the other, with entities decoded. */
    static String trecText(String document) {
        StringBuilder text = new StringBuilder();
        Matcher field = TREC_FIELD.matcher(document);
        while (field.find()) text.append(field.group(2).strip()).append('\n');
        return Parser.unescapeEntities(text.toString(), false);
    }

    private static List<Path> files(Path dir, String suffix, int depth) throws IOException {
        try (Stream<Path> listing = Files.walk(dir, depth)) {
            return listing.filter(p -> p.toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
        }
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
