package org.marsad.pos;

import org.marsad.ner.train.NewsTexts;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code CountProperNouns DATA_DIR OUT_FILE}: tags every line of the unlabelled news under {@code DATA_DIR} (the
 * news {@code marsad ner train} learns from) with the treebank tagger and writes, for each stem key, its occurrences
 * and proper-noun tags, sorted by key, for {@code marsad ner train --proper-nouns}. The lines are shared between the
 * two cores by their position, so the counts do not depend on timing.
 */
public final class CountProperNouns {
    private static final int THREADS = 2;

    private CountProperNouns() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CountProperNouns DATA_DIR OUT_FILE");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]), out = Path.of(args[1]);
        if (!Files.isDirectory(dataDir)) {
            System.err.println("marsad-pos: data folder not found: " + dataDir);
            System.exit(1);
        }
        long started = System.nanoTime();
        List<String> lines = new ArrayList<>();
        NewsTexts.forEach(dataDir, article -> {
            for (String line : article.split("\n")) if (!line.isBlank()) lines.add(line);
        });
        System.err.printf("marsad-pos: %,d lines of news read%n", lines.size());
        Map<String, int[]> counts = count(lines);
        write(counts, out);
        System.err.printf("marsad-pos: %,d words counted, written to %s in %.0f s%n", counts.size(), out,
                (System.nanoTime() - started) / 1e9);
    }

    static Map<String, int[]> count(List<String> lines) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<ProperNounCounter>> parts = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    ProperNounCounter counter = new ProperNounCounter();
                    for (int i = first; i < lines.size(); i += THREADS) counter.count(lines.get(i));
                    return counter;
                }));
            }
            Map<String, int[]> total = new TreeMap<>();
            for (Future<ProperNounCounter> part : parts) {
                part.get().counts().forEach((key, n) -> {
                    int[] sum = total.computeIfAbsent(key, k -> new int[2]);
                    sum[0] += n[0];
                    sum[1] += n[1];
                });
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    static void write(Map<String, int[]> counts, Path out) throws IOException {
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8))) {
            w.println("# stem key, occurrences in the news, tagged a proper noun by " + ProperNounCounter.MODEL);
            counts.forEach((key, n) -> w.println(key + "\t" + n[0] + "\t" + n[1]));
        }
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
    }
}
