package org.marsad.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The article extractor on the article extraction benchmark of ../shared, scored as its published metric scores
 * (4-word shingles of word runs, per-page counts normalised, mean precision and recall): above a floor a little
 * under the figure of docs/benchmarks.md. Skipped when ../shared/data is absent.
 */
class ExtractionBenchmarkFloorTest {
    private static final Path BENCHMARK = Path.of("..", "..", "shared", "data", "article-extraction-benchmark");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    @Test
    void theBenchmarkF1StaysAboveItsFloor() throws IOException {
        assumeTrue(Files.isRegularFile(BENCHMARK.resolve("ground-truth.json")), "../shared/data is absent");
        JsonNode truth = new ObjectMapper().readTree(BENCHMARK.resolve("ground-truth.json").toFile());
        List<Double> precisions = new ArrayList<>(), recalls = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            byte[] html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(
                    BENCHMARK.resolve("html").resolve(page.getKey() + ".html.gz")))) {
                html = in.readAllBytes();
            }
            String body = new ArticleExtractor().extract(Jsoup.parse(new ByteArrayInputStream(html), null, "")).body();
            double[] c = counts(page.getValue().path("articleBody").asText(""), body);
            if (c[0] + c[1] > 0) precisions.add(c[1] == 0 && c[2] == 0 ? 1 : c[0] / (c[0] + c[1]));
            if (c[0] + c[2] > 0) recalls.add(c[1] == 0 && c[2] == 0 ? 1 : c[0] / (c[0] + c[2]));
        }
        double p = precisions.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double r = recalls.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        assertThat(2 * p * r / (p + r)).isGreaterThan(0.96);
    }

    /** True positives, false positives and false negatives of shingles, normalised to sum one. */
    private static double[] counts(String truth, String predicted) {
        Map<String, Integer> t = shingles(truth), p = shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            int inTruth = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(inTruth, e.getValue());
            fp += Math.max(0, e.getValue() - inTruth);
        }
        for (Map.Entry<String, Integer> e : t.entrySet()) fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        double total = tp + fp + fn;
        return total == 0 ? new double[3] : new double[]{tp / total, fp / total, fn / total};
    }

    private static Map<String, Integer> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) words.add(m.group());
        Map<String, Integer> shingles = new HashMap<>();
        for (int i = 0; i < Math.max(1, words.size() - 3); i++) {
            if (i >= words.size()) break;
            shingles.merge(String.join(" ", words.subList(i, Math.min(words.size(), i + 4))), 1, Integer::sum);
        }
        return shingles;
    }
}
