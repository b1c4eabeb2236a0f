package org.marsad.ner.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.model.Token;
import org.marsad.ner.Word;
import org.marsad.ner.WordClusters;
import org.marsad.text.ArabicTokenizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Running text without labels, as lines of analysed words, for learning {@link WordClusters}: the words of the training
 * sentences and the titles and bodies of the SaudiNewsNet articles (JSON arrays of objects with {@code title} and
 * {@code content}).
 */
final class UnlabelledCorpus {
    private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();

    private UnlabelledCorpus() {
    }

    static List<List<Word>> of(List<TaggedSentence> training, Path newsDir) throws IOException {
        List<List<Word>> lines = new ArrayList<>();
        for (TaggedSentence s : training) lines.add(s.words().stream().map(Word::of).toList());
        List<Path> files;
        try (Stream<Path> listing = Files.list(newsDir)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        for (Path file : files) {
            for (JsonNode article : json.readTree(file.toFile())) {
                addText(article.path("title").asText(""), lines);
                addText(article.path("content").asText(""), lines);
            }
        }
        return lines;
    }

    private static void addText(String text, List<List<Word>> lines) {
        for (String line : text.split("\n")) {
            List<Word> words = new ArrayList<>();
            for (Token token : TOKENIZER.tokenize(line)) words.add(Word.of(line, token));
            if (!words.isEmpty()) lines.add(words);
        }
    }
}
