package org.marsad.ner.train;

import org.marsad.ner.WordClusters;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * How often each word of the news was tagged a proper noun by a part-of-speech tagger trained on the Penn Arabic
 * Treebank: a second opinion on which words are names, learnt from a million hand-tagged words that ANERcorp's
 * 125,000 never showed. The counts come from a file of {@code STEM_KEY TAB OCCURRENCES TAB PROPER_NOUNS} lines
 * (lines starting with '#' are comments), which {@code marsad-pos} writes; the share of proper-noun tags is added to
 * each word's classes as one more class, in the five share classes of {@link CorpusVotes}.
 */
public final class ProperNounShares {
    private final Map<String, int[]> counts;

    private ProperNounShares(Map<String, int[]> counts) {
        this.counts = counts;
    }

    public static ProperNounShares read(Path file) throws IOException, NerDataException {
        Map<String, int[]> counts = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] fields = line.split("\t", -1);
                int[] n = fields.length == 3 ? counts(fields) : null;
                if (n == null) {
                    throw new NerDataException(file + ":" + lineNumber
                            + ": expected 'STEM_KEY<TAB>OCCURRENCES<TAB>PROPER_NOUNS' with 0 <= PROPER_NOUNS <= "
                            + "OCCURRENCES, found '" + line + "'");
                }
                if (counts.put(fields[0], n) != null) {
                    throw new NerDataException(file + ":" + lineNumber + ": '" + fields[0] + "' is counted twice");
                }
            }
        } catch (CharacterCodingException e) {
            throw new NerDataException(file + ": not UTF-8");
        }
        if (counts.isEmpty()) throw new NerDataException(file + ": no counts");
        return new ProperNounShares(counts);
    }

    private static int[] counts(String[] fields) {
        try {
            int occurrences = Integer.parseInt(fields[1]), properNouns = Integer.parseInt(fields[2]);
            boolean valid = !fields[0].isEmpty() && properNouns >= 0 && properNouns <= occurrences;
            return valid ? new int[]{occurrences, properNouns} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    int words() {
        return counts.size();
    }

    /** {@code clusters} with one more class for each word: the class of the share of its proper-noun tags. */
    WordClusters addedTo(WordClusters clusters) {
        return clusters.with(new int[]{CorpusVotes.CLASSES}, word -> {
            int[] n = counts.get(word);
            return new int[]{n == null ? 0 : CorpusVotes.shareClass(n[0], n[1])};
        });
    }
}
