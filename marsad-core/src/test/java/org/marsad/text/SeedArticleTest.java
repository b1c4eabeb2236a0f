package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Span;

/** The seed article, the real input Marsad exists for, through the sentence splitter. */
class SeedArticleTest {
    private static final String SEED = "/seed/000_f4ad302f398724b2.txt";

    private static List<String> seedLines() throws IOException {
        String shared = System.getProperty("marsad.shared");
        assumeTrue(shared != null, "marsad.shared is not set");
        Path path = Path.of(shared + SEED);
        assumeTrue(Files.isRegularFile(path), "seed article is absent");
        return Files.readAllLines(path, StandardCharsets.UTF_8);
    }

    private static String clean(String line) {
        return line.replace("\u0640", "").replace('\u00A0', ' ').trim();
    }

    @Test
    void noSentenceStartsWithAClosingQuote() throws IOException {
        SentenceSplitter splitter = new SentenceSplitter();
        for (String raw : seedLines()) {
            String line = clean(raw);
            if (line.isEmpty()) continue;
            for (Span sentence : splitter.split(line)) {
                if (line.charAt(sentence.start()) != '"') continue;
                char after = sentence.start() + 1 < line.length() ? line.charAt(sentence.start() + 1) : ' ';
                assertThat(Character.isLetterOrDigit(after)).as("sentence [%s]", sentence.of(line)).isTrue();
            }
        }
    }

    @Test
    void headlineWithEllipsisIsOneSentence() throws IOException {
        List<String> lines = seedLines();
        String line = clean(lines.get(9));
        String headline = line.substring(0, line.indexOf('|'));
        List<Span> sentences = new SentenceSplitter().split(headline);
        assertThat(sentences).extracting(s -> s.of(headline)).containsExactly(headline.trim());
    }

    @Test
    void quotedSpeechIsSplitAtItsInnerPeriods() throws IOException {
        String line = clean(seedLines().get(19));
        List<String> sentences = new SentenceSplitter().split(line).stream().map(s -> s.of(line)).toList();
        assertThat(sentences).hasSizeGreaterThan(3);
        assertThat(sentences.get(sentences.size() - 1)).endsWith("\".");
    }
}
