package org.marsad.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.model.Token;
import org.marsad.text.ArabicTokenizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Running text without labels, as lines of stem keys, for learning {@link WordClusters}: the words of the training
 * sentences and the titles and bodies of the SaudiNewsNet articles (JSON arrays of objects with {@code title} and
 * {@code content}).
 */
final class UnlabelledCorpus {
    private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();

    private UnlabelledCorpus() {
    }

    static List<List<String>> of(List<TaggedSentence> training, Path newsDir) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        for (TaggedSentence s : training) lines.add(s.words().stream().map(w -> Word.of(w).stemKey()).toList());
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

    private static void addText(String text, List<List<String>> lines) {
        for (String line : text.split("\n")) {
            List<String> words = new ArrayList<>();
            for (Token token : TOKENIZER.tokenize(line)) words.add(Word.of(line, token).stemKey());
            if (!words.isEmpty()) lines.add(words);
        }
    }
}
